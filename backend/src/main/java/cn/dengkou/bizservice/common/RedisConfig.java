package cn.dengkou.bizservice.common;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

import java.time.Duration;

/** One pooled Jedis client for the whole app, configured by the standard {@code spring.data.redis.*} keys. */
@Configuration
@EnableConfigurationProperties(RedisProperties.class)
class RedisConfig {

    @Bean(destroyMethod = "close")
    JedisPooled jedis(RedisProperties props) {
        Duration timeout = props.getTimeout() == null ? Duration.ofSeconds(2) : props.getTimeout();
        DefaultJedisClientConfig.Builder client = DefaultJedisClientConfig.builder()
                .database(props.getDatabase())
                .timeoutMillis((int) timeout.toMillis());
        if (props.getPassword() != null && !props.getPassword().isEmpty()) {
            client.password(props.getPassword());
            if (props.getUsername() != null && !props.getUsername().isEmpty()) {
                client.user(props.getUsername());
            }
        }
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(64);
        pool.setMaxIdle(16);
        pool.setMaxWait(Duration.ofSeconds(2));
        return new JedisPooled(pool, new HostAndPort(props.getHost(), props.getPort()), client.build());
    }

    @Bean
    AbstractHealthIndicator redisHealthIndicator(JedisPooled jedis) {
        return new AbstractHealthIndicator("Redis health check failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                String pong = jedis.ping();
                builder.up().withDetail("ping", pong);
            }
        };
    }
}
