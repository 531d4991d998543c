package cn.dengkou.bizservice.wechat.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.time.Instant;
import java.util.Map;

/**
 * One request the simulator answered.
 *
 * @param path    e.g. {@code /cgi-bin/message/subscribe/send}
 * @param query   decoded query parameters (the access token included)
 * @param body    the raw request body, empty for GET
 * @param at      when the request arrived
 * @param errcode the errcode answered, 0 for success
 */
public record SimCall(String path, Map<String, String> query, String body, Instant at, int errcode) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The body as JSON, e.g. {@code call.json().path("data").path("thing1").path("value").asText()}. */
    public JsonNode json() {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    public boolean ok() {
        return errcode == 0;
    }
}
