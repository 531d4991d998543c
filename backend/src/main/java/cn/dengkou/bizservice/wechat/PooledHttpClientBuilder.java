package cn.dengkou.bizservice.wechat;

import me.chanjar.weixin.common.util.http.apache.ApacheHttpClientBuilder;
import org.apache.http.client.HttpRequestRetryHandler;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.config.SocketConfig;
import org.apache.http.conn.ConnectionKeepAliveStrategy;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP client WxJava uses, with our pool size and timeouts. WxJava's DefaultApacheHttpClientBuilder
 * is a JVM-wide singleton that builds one client for all (10 connections per host) and trusts every
 * TLS certificate; this one uses the JVM trust store and {@code app.wechat.*} limits.
 */
final class PooledHttpClientBuilder implements ApacheHttpClientBuilder, AutoCloseable {

    private final WechatProperties props;
    private CloseableHttpClient client;

    PooledHttpClientBuilder(WechatProperties props) {
        this.props = props;
    }

    /** WxJava calls this on every config change; the one client (and its pool) is built once. */
    @Override
    public synchronized CloseableHttpClient build() {
        if (client == null) {
            int connect = (int) props.connectTimeout().toMillis();
            int socket = (int) props.socketTimeout().toMillis();
            PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager(60, TimeUnit.SECONDS);
            pool.setMaxTotal(props.maxConnections());
            pool.setDefaultMaxPerRoute(props.maxConnections()); // every call goes to the same host
            pool.setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(socket).build());
            pool.setValidateAfterInactivity(1000); // no automatic retries, so do not reuse a connection the server dropped
            client = HttpClients.custom()
                    .setConnectionManager(pool)
                    .setDefaultRequestConfig(RequestConfig.custom()
                            .setConnectTimeout(connect)
                            .setSocketTimeout(socket)
                            .setConnectionRequestTimeout(connect)
                            .build())
                    .disableAutomaticRetries() // a silently repeated subscribe send could reach the user twice
                    .evictIdleConnections(30, TimeUnit.SECONDS)
                    .build();
        }
        return client;
    }

    @Override
    public synchronized void close() throws IOException {
        if (client != null) {
            client.close();
        }
    }

    // WxJava hands its (unset) proxy settings and hooks over before every build: we use none of them.

    @Override
    public ApacheHttpClientBuilder httpProxyHost(String httpProxyHost) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpProxyPort(int httpProxyPort) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpProxyUsername(String httpProxyUsername) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpProxyPassword(String httpProxyPassword) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder httpRequestRetryHandler(HttpRequestRetryHandler handler) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder keepAliveStrategy(ConnectionKeepAliveStrategy keepAliveStrategy) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder sslConnectionSocketFactory(SSLConnectionSocketFactory sslConnectionSocketFactory) {
        return this;
    }

    @Override
    public ApacheHttpClientBuilder supportedProtocols(String[] supportedProtocols) {
        return this;
    }
}
