package cn.dengkou.bizservice.event;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * A confirmed registration's check-in code: {@code <registration id>-<10 characters>}, the characters 50 bits of
 * HMAC-SHA256 (key {@code app.event.check-in-key}) over the event and registration ids in Crockford's base 32 (no
 * I, L, O, U: typed from a screen without confusion). Short enough for a small QR code and for typing; binding the
 * event means another event's code never verifies here. Single use is the database's (checked_in_at).
 */
@Component
class CheckInCodes {

    private static final Logger log = LoggerFactory.getLogger(CheckInCodes.class);
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int MAC_CHARS = 10;

    /** What a code says before it is checked against an event. */
    record Parsed(long registrationId, String mac) {
    }

    private final SecretKeySpec key;

    CheckInCodes(EventProperties props) {
        byte[] secret;
        if (props.checkInKey() == null || props.checkInKey().isBlank()) {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            log.warn("app.event.check-in-key is not set: check-in codes use a random key of this instance and will "
                    + "not verify on another instance or after a restart");
        } else if (props.checkInKey().length() < 32) {
            throw new IllegalStateException("app.event.check-in-key must have at least 32 characters");
        } else {
            secret = props.checkInKey().getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    String codeFor(long eventId, long registrationId) {
        return registrationId + "-" + mac(eventId, registrationId);
    }

    /** The parts of a code as typed or scanned (case, spaces and the look-alikes O/I/L forgiven), or null. */
    static Parsed parse(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        int dash = c.indexOf('-');
        if (dash < 1 || dash > 18 || c.length() - dash - 1 != MAC_CHARS) {
            return null;
        }
        String id = c.substring(0, dash);
        if (!id.chars().allMatch(Character::isDigit)) {
            return null;
        }
        String mac = c.substring(dash + 1).replace('O', '0').replace('I', '1').replace('L', '1');
        return new Parsed(Long.parseLong(id), mac);
    }

    /** Whether the code's signature is the one for this event and registration (constant time). */
    boolean verifies(Parsed p, long eventId) {
        return MessageDigest.isEqual(mac(eventId, p.registrationId()).getBytes(StandardCharsets.US_ASCII),
                p.mac().getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(long eventId, long registrationId) {
        byte[] h;
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(key);
            h = m.doFinal(("check-in:" + eventId + ":" + registrationId).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
        StringBuilder b = new StringBuilder(MAC_CHARS);
        long bits = 0;
        for (int i = 0; i < 7; i++) { // 56 bits, of which the first 50 are used
            bits = bits << 8 | (h[i] & 0xff);
        }
        for (int i = 0; i < MAC_CHARS; i++) {
            b.append(ALPHABET[(int) (bits >>> (51 - 5 * i)) & 31]);
        }
        return b.toString();
    }
}
