package cn.dengkou.bizservice.notice;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeBodyTest {

    /** Vectors from the OWASP XSS filter evasion cheat sheet, each with the text that must survive. */
    static Stream<Arguments> vectors() {
        return Stream.of(
                Arguments.of("<p>政策</p><script>alert(1)</script>", "政策"),
                Arguments.of("<SCRIPT SRC=https://xss.example/x.js></SCRIPT><p>政策</p>", "政策"),
                Arguments.of("<img src=\"https://a.example/x.png\" onerror=\"alert(1)\">", ""),
                Arguments.of("<svg onload=alert(1)><circle r=1></circle></svg>政策", "政策"),
                Arguments.of("<a href=\"javascript:alert(1)\">点击</a>", "点击"),
                Arguments.of("<a href=\"JaVaScRiPt:alert(1)\">点击</a>", "点击"),
                Arguments.of("<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">点击</a>", "点击"),
                Arguments.of("<a href=\"jav&#x09;ascript:alert(1)\">点击</a>", "点击"),
                Arguments.of("<a href=\" javascript:alert(1)\">点击</a>", "点击"),
                Arguments.of("<iframe src=\"https://evil.example\"></iframe>政策", "政策"),
                Arguments.of("<div style=\"width: expression(alert(1))\">政策</div>", "政策"),
                Arguments.of("<p style=\"background:url(javascript:alert(1))\">政策</p>", "政策"),
                Arguments.of("<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">", ""),
                Arguments.of("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">点击</a>", "点击"),
                Arguments.of("<form action=\"https://evil.example\"><input type=submit value=提交></form>政策", "政策"),
                Arguments.of("<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">政策", "政策"),
                Arguments.of("<object data=\"https://evil.example/x.swf\"></object><embed src=x>政策", "政策"),
                Arguments.of("<style>body{background:url(javascript:alert(1))}</style>政策", "政策"),
                Arguments.of("<body onload=alert(1)>政策</body>", "政策"),
                Arguments.of("<p onclick=\"alert(1)\" onmouseover=alert(2)>政策</p>", "政策"),
                Arguments.of("<base href=\"javascript:alert(1)//\"><a href=\"/x\">点击</a>", "点击"),
                Arguments.of("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", ""),
                Arguments.of("<img src=x onerror=alert(1)//", ""),
                Arguments.of("<a href=\"vbscript:msgbox(1)\">点击</a>", "点击"),
                Arguments.of("<link rel=stylesheet href=\"https://evil.example/x.css\">政策", "政策"));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void stripsEveryXssVector(String raw, String text) {
        NoticeBody body = NoticeBody.sanitize(raw);
        String html = body.html().toLowerCase(Locale.ROOT);
        assertThat(html).doesNotContain("<script", "<iframe", "<svg", "<style", "<form", "<input", "<meta", "<object",
                "<embed", "<base", "<link", "<math", "javascript:", "vbscript:", "data:", "expression(", "style=");
        assertThat(html).doesNotContainPattern("\\son[a-z]+\\s*=");
        assertThat(body.text()).isEqualTo(text);
    }

    @Test
    void keepsFormattingSafeLinksAndHttpsImages() {
        NoticeBody body = NoticeBody.sanitize("<h2>申报条件</h2><p><strong>个体工商户</strong>可申请<em>补贴</em></p>"
                + "<ul><li>条件一</li></ul><table><tr><td>金额</td></tr></table>"
                + "<a href=\"https://www.dengkou.gov.cn/zc\" rel=\"opener\">原文</a>"
                + "<img src=\"https://www.dengkou.gov.cn/a.png\" alt=\"图\">");
        assertThat(body.html())
                .contains("<h2>申报条件</h2>", "<strong>个体工商户</strong>", "<em>补贴</em>", "<li>条件一</li>", "<td>金额</td>")
                .contains("<a href=\"https://www.dengkou.gov.cn/zc\" rel=\"noopener noreferrer\">原文</a>")
                .contains("<img src=\"https://www.dengkou.gov.cn/a.png\" alt=\"图\">");
        assertThat(body.text()).isEqualTo("申报条件 个体工商户可申请补贴 条件一 金额 原文");
        assertThat(body.isBlank()).isFalse();
    }

    @Test
    void dropsPlainHttpImagesAndRelativeOrMailtoLinks() {
        NoticeBody body = NoticeBody.sanitize("<img src=\"http://a.example/x.png\"><a href=\"/local\">本站</a>"
                + "<a href=\"mailto:a@b.cn\">邮件</a><a href=\"http://a.example/\">外链</a>");
        assertThat(body.html()).doesNotContain("http://a.example/x.png", "/local", "mailto")
                .contains("href=\"http://a.example/\"");
    }

    @Test
    void aBodyOfOnlyScriptIsBlank() {
        assertThat(NoticeBody.sanitize("<script>alert(1)</script><p> </p>").isBlank()).isTrue();
        assertThat(NoticeBody.sanitize(null).isBlank()).isTrue();
    }
}
