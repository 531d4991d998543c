package cn.dengkou.bizservice.business;

import java.util.concurrent.ThreadLocalRandom;

/** Valid random USCCs for tests: the database is shared by every test in the JVM, so codes must not repeat. */
final class TestUscc {

    private TestUscc() {
    }

    /** An individual business (92…) registered in Dengkou (150822) with a random subject code. */
    static String random() {
        return random("150822");
    }

    /** An individual business (92…) registered by the authority of this division code. */
    static String random(String division) {
        StringBuilder code = new StringBuilder("92" + division);
        String alphabet = Uscc.alphabet();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (code.length() < Uscc.LENGTH - 1) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.append(Uscc.checkCharacter(code)).toString();
    }
}
