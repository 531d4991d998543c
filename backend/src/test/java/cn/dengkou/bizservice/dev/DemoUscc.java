package cn.dengkou.bizservice.dev;

/** Makes valid USCCs (GB 32100-2015 check digit) for demo businesses in Dengkou (area code 150822). */
final class DemoUscc {

    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private DemoUscc() {
    }

    static String make(String prefix, int n) {
        String body = prefix + "150822" + "MA" + String.format("%07d", n);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARS.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return body + CHARS.charAt(check == 31 ? 0 : check);
    }
}
