package cn.dengkou.bizservice.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import cn.dengkou.bizservice.wechat.sim.SimAnswers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The level column of the test log ({@code logback-test.xml}): a WARN or ERROR line that reports a WeChat
 * errcode the WeChat simulator has just answered reads {@code SIM-WARN} / {@code SIM-ERROR}, because a test
 * provoked it (an injected fault, a made-up code or openid). Every other WARN and ERROR prints as usual, so
 * {@code grep -c ' WARN '} counts only what nobody expected.
 */
public class SimulatedFaultLevel extends ClassicConverter {

    /** How the app writes a WeChat errcode: {@code errcode=40029}, {@code errcode 40037}, {@code (40003)}. */
    private static final Pattern ERRCODE = Pattern.compile("(?:errcode[= ]|\\()(-?\\d{1,6})\\b");

    @Override
    public String convert(ILoggingEvent event) {
        Level level = event.getLevel();
        return level.isGreaterOrEqual(Level.WARN) && simulated(event.getFormattedMessage())
                ? "SIM-" + level : level.toString();
    }

    static boolean simulated(String message) {
        if (message == null) {
            return false;
        }
        Matcher m = ERRCODE.matcher(message);
        while (m.find()) {
            if (SimAnswers.answeredLately(Integer.parseInt(m.group(1)))) {
                return true;
            }
        }
        return false;
    }
}
