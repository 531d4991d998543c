package cn.dengkou.bizservice.support;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import redis.clients.jedis.Jedis;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The embedded servers run without passwords, so they must answer on the loopback address only. */
@IntegrationTest
class LocalServersTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void embeddedMariaDbListensOnLoopbackOnly() {
        assumeThat(LocalServers.embeddedDatabase()).as("TEST_DB_URL names an external server").isTrue();
        String bind = jdbc.queryForObject("SHOW VARIABLES LIKE 'bind_address'", (rs, i) -> rs.getString(2));
        assertThat(bind).isEqualTo(LocalServers.LOOPBACK);
        int port = URI.create(LocalServers.forTests().jdbcUrl().substring("jdbc:".length())).getPort();
        assertRefusedOnOtherAddresses(port);
    }

    @Test
    void embeddedRedisListensOnLoopbackOnly() {
        assumeThat(LocalServers.embeddedRedis()).as("TEST_REDIS_HOST names an external server").isTrue();
        Map<String, String> p = LocalServers.forTests().springProperties();
        int port = Integer.parseInt(p.get("spring.data.redis.port"));
        try (Jedis jedis = new Jedis(p.get("spring.data.redis.host"), port)) {
            assertThat(jedis.configGet("bind")).containsEntry("bind", LocalServers.LOOPBACK);
        }
        assertRefusedOnOtherAddresses(port);
    }

    /** A connection to the port on each of this host's other IPv4 addresses is refused. */
    private static void assertRefusedOnOtherAddresses(int port) {
        for (InetAddress address : otherAddresses()) {
            assertThatThrownBy(() -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(address, port), 2000);
                }
            }).as("port %d on %s", port, address).isInstanceOf(IOException.class);
        }
    }

    private static List<InetAddress> otherAddresses() {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                    .toList();
        } catch (SocketException e) {
            return List.of();
        }
    }
}
