package cn.dengkou.bizservice.common;

/** Phone numbers are shown masked everywhere: 138****5678. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    public static String mask(String phone) {
        if (phone == null || phone.isEmpty()) {
            return null;
        }
        if (phone.length() < 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
