package cn.dengkou.bizservice.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A response body rendered to JSON once, for answers many requests share (a page of the notice list
 * is the same for every owner with the same business profile). {@link RenderedJsonConfig} writes the
 * bytes as they are; the OpenAPI document shows {@code T}. Render with the application's
 * {@link ObjectMapper} so the bytes equal what Spring would have written for {@code value}.
 */
public record RenderedJson<T>(T value, byte[] bytes) {

    public static <T> RenderedJson<T> of(ObjectMapper json, T value) {
        try {
            return new RenderedJson<>(value, json.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + value.getClass().getSimpleName(), e);
        }
    }
}
