package cn.dengkou.bizservice.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} for writes a phone may retry: the same key from the same caller on the
 * same endpoint within 24 h gets the first response again and nothing runs twice. Only answers
 * below 500 are remembered, so a retry after a server failure runs again. Runs after
 * authentication (it is placed in the security chain) so keys are scoped per user; guests' requests
 * are never replayed, since one guest must not receive another's answer (a login token, say).
 * Endpoints that answer asynchronously (those waiting on WeChat) are remembered when their async
 * dispatch has written the answer.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9_\\-:.]{8,128}");
    private static final String PENDING = "pending";
    private static final int TTL_SECONDS = 24 * 3600;
    private static final int PENDING_SECONDS = 60;
    private static final String KEY_ATTRIBUTE = IdempotencyFilter.class.getName() + ".key";

    private final JedisPooled redis;
    private final ObjectMapper json;

    public IdempotencyFilter(JedisPooled redis, ObjectMapper json) {
        this.redis = redis;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String m = request.getMethod();
        return request.getHeader(HEADER) == null
                || !("POST".equals(m) || "PUT".equals(m) || "PATCH".equals(m) || "DELETE".equals(m));
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isAsyncDispatch(request)) {
            String redisKey = (String) request.getAttribute(KEY_ATTRIBUTE);
            ContentCachingResponseWrapper wrapper = WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
            if (redisKey == null || wrapper == null) {
                chain.doFilter(request, response);
            } else {
                runAndRemember(request, wrapper, chain, redisKey);
            }
            return;
        }
        String caller = caller();
        if (caller == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            Problems.write(response, json, ErrorCode.IDEMPOTENCY_KEY_INVALID);
            return;
        }
        String redisKey = "idem:" + caller + ":" + request.getMethod() + ":" + request.getRequestURI() + ":" + key;
        String previous = redis.get(redisKey);
        if (previous == null && "OK".equals(redis.set(redisKey, PENDING, SetParams.setParams().nx().ex(PENDING_SECONDS)))) {
            run(request, response, chain, redisKey);
            return;
        }
        if (previous == null) {
            previous = redis.get(redisKey);
        }
        if (previous == null || PENDING.equals(previous)) {
            Problems.write(response, json, ErrorCode.IDEMPOTENCY_IN_PROGRESS);
            return;
        }
        replay(previous, response);
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String redisKey)
            throws ServletException, IOException {
        request.setAttribute(KEY_ATTRIBUTE, redisKey);
        runAndRemember(request, new ContentCachingResponseWrapper(response), chain, redisKey);
    }

    /** Runs the chain; unless it went async (its async dispatch comes back here), remembers a sub-500 answer. */
    private void runAndRemember(HttpServletRequest request, ContentCachingResponseWrapper wrapper, FilterChain chain,
                                String redisKey) throws ServletException, IOException {
        boolean stored = false;
        boolean async = false;
        try {
            chain.doFilter(request, wrapper);
            async = isAsyncStarted(request);
            if (!async && wrapper.getStatus() < 500) {
                Map<String, Object> saved = new LinkedHashMap<>();
                saved.put("status", wrapper.getStatus());
                saved.put("contentType", wrapper.getContentType());
                saved.put("body", Base64.getEncoder().encodeToString(wrapper.getContentAsByteArray()));
                redis.setex(redisKey, TTL_SECONDS, json.writeValueAsString(saved));
                stored = true;
            }
        } finally {
            if (!async) {
                if (!stored) {
                    redis.del(redisKey);
                }
                wrapper.copyBodyToResponse();
            }
        }
    }

    private void replay(String saved, HttpServletResponse response) throws IOException {
        Map<?, ?> m = json.readValue(saved, Map.class);
        response.setStatus(((Number) m.get("status")).intValue());
        if (m.get("contentType") != null) {
            response.setContentType((String) m.get("contentType"));
        }
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(Base64.getDecoder().decode((String) m.get("body")));
    }

    private static String caller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AuthUser user) {
            return String.valueOf(user.id());
        }
        return null;
    }
}
