package cn.dengkou.bizservice.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Only a WARN/ERROR naming an errcode the simulator has just answered is marked as provoked by a test. */
class SimulatedFaultLevelTest {

    private final Logger logger = new LoggerContext().getLogger("test");

    @Test
    void aWarningAboutAnErrcodeTheSimulatorAnsweredIsMarkedAndNothingElse() throws Exception {
        WechatSimulator sim = WechatSimulator.start();
        try {
            sim.failNext(WechatSimulator.LOGIN, 40_177, 1);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(sim.baseUrl() + WechatSimulator.LOGIN + "?js_code=x")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.body()).contains("40177");
        } finally {
            sim.stop();
        }
        SimulatedFaultLevel converter = new SimulatedFaultLevel();
        assertThat(converter.convert(event(Level.WARN, "wechat login failed errcode={}", 40_177))).isEqualTo("SIM-WARN");
        assertThat(converter.convert(event(Level.ERROR, "ALERT push task 5 paused: WeChat answered errcode {}", 40_177)))
                .isEqualTo("SIM-ERROR");
        assertThat(converter.convert(event(Level.WARN, "push: WeChat refused the openid of user 7 ({})", 40_177)))
                .isEqualTo("SIM-WARN");
        // another errcode, a number that is not an errcode, a lower level: printed as usual
        assertThat(converter.convert(event(Level.WARN, "wechat login failed errcode={}", 40_178))).isEqualTo("WARN");
        assertThat(converter.convert(event(Level.ERROR, "push row {} could not be settled", 40_177))).isEqualTo("ERROR");
        assertThat(converter.convert(event(Level.INFO, "wechat login failed errcode={}", 40_177))).isEqualTo("INFO");
    }

    private LoggingEvent event(Level level, String message, Object arg) {
        return new LoggingEvent(Logger.class.getName(), logger, level, message, null, new Object[] {arg});
    }
}
