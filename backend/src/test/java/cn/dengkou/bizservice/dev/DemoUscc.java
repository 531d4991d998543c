package cn.dengkou.bizservice.dev;

import cn.dengkou.bizservice.business.Uscc;

/** Valid USCCs for demo businesses registered in a county (Dengkou 150822, Hangjin 150826). */
final class DemoUscc {

    private DemoUscc() {
    }

    static String make(String prefix, String county, int n) {
        String body = prefix + county + "MA" + String.format("%07d", n);
        return body + Uscc.checkCharacter(body);
    }
}
