package cn.dengkou.bizservice.dev;

import cn.dengkou.bizservice.push.QuietHoursWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Says at dev start whether quiet hours hold pushes now: at night in Beijing every non-urgent
 * subscribe message stays HELD until morning, which otherwise looks like "push does not work".
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("dev")
class QuietHoursHint {

    private static final Logger log = LoggerFactory.getLogger(QuietHoursHint.class);

    private final Environment env;
    private final Clock clock;

    QuietHoursHint(Environment env, Clock clock) {
        this.env = env;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void tell() {
        // bound like push's own properties, so APP_PUSH_QUIETHOURS= (off) is read the same way
        String spec = Binder.get(env).bind("app.push.quiet-hours", String.class).orElse("21:00-08:00");
        log.info(message(spec, LocalDateTime.now(clock)));
    }

    static String message(String spec, LocalDateTime now) {
        QuietHoursWindow window = QuietHoursWindow.of(spec);
        if (window.isOff()) {
            return "quiet hours are off: pushes go out at once";
        }
        if (window.holds(now)) {
            return "quiet hours " + window + " are in effect: non-urgent pushes are held until "
                    + window.releaseAt(now).toLocalTime() + "; publish with urgent=true to send now"
                    + " (or start with APP_PUSH_QUIETHOURS= ./scripts/run-dev.sh to turn them off)";
        }
        return "quiet hours " + window + ": non-urgent pushes sent then are held until they end; urgent=true sends at once";
    }
}
