package cn.dengkou.bizservice.common;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.util.List;

/** Writes a {@link RenderedJson} body's bytes as {@code application/json}; springdoc documents its value type. */
@Configuration
class RenderedJsonConfig implements WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().addResponseWrapperToIgnore(RenderedJson.class);
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(0, new Converter());
    }

    private static final class Converter extends AbstractHttpMessageConverter<RenderedJson<?>> {

        Converter() {
            super(MediaType.APPLICATION_JSON);
        }

        @Override
        protected boolean supports(Class<?> clazz) {
            return RenderedJson.class.equals(clazz);
        }

        @Override
        public boolean canRead(Class<?> clazz, MediaType mediaType) {
            return false;
        }

        @Override
        protected RenderedJson<?> readInternal(Class<? extends RenderedJson<?>> clazz, HttpInputMessage input) {
            throw new UnsupportedOperationException("RenderedJson is for responses only");
        }

        @Override
        protected Long getContentLength(RenderedJson<?> body, MediaType contentType) {
            return (long) body.bytes().length;
        }

        @Override
        protected void writeInternal(RenderedJson<?> body, HttpOutputMessage output) throws IOException {
            output.getBody().write(body.bytes());
        }
    }
}
