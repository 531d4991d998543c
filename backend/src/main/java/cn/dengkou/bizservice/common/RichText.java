package cn.dengkou.bizservice.common;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Rich text as staff write it (the console's editor: a notice body, an event description), made safe to render in
 * the mini program's rich-text component and the console: jsoup's allow-list cleaner keeps basic formatting, tables,
 * headings, http(s) links (always {@code rel="noopener noreferrer"}) and https images; everything else — scripts,
 * styles, event handlers, frames, forms, {@code javascript:} and {@code data:} URLs, relative URLs — is dropped.
 *
 * @param html the sanitized HTML, stored and served as is
 * @param text its plain text (for search terms and previews)
 */
public record RichText(String html, String text) {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp", "mailto")
            .removeProtocols("img", "src", "http")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer")
            .preserveRelativeLinks(false);

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    public static RichText sanitize(String raw) {
        String html = Jsoup.clean(raw == null ? "" : raw, "", SAFELIST, OUTPUT);
        String text = Jsoup.parseBodyFragment(html).body().text();
        return new RichText(html, text);
    }

    /** Nothing a reader would see: no text and no image. */
    public boolean isBlank() {
        return text.isBlank() && !html.contains("<img");
    }
}
