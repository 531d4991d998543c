package cn.dengkou.bizservice.dev;

import cn.dengkou.bizservice.business.Uscc;

/** Valid USCCs for demo businesses registered in Dengkou (area code 150822). */
final class DemoUscc {

    private DemoUscc() {
    }

    static String make(String prefix, int n) {
        String body = prefix + "150822" + "MA" + String.format("%07d", n);
        return body + Uscc.checkCharacter(body);
    }
}
