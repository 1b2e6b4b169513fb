package org.parallax.server.ui;

import java.util.Base64;

import org.parallax.render.Html;
import org.parallax.text.Sha256;

/**
 * The shell every page shares: head, site navigation and footer. Styles and the script come from {@code /static}
 * as files, so the Content-Security-Policy can forbid inline scripts, inline event handlers and inline styles; the
 * one exception is a page's own style element (the dossier's rules for marks cut in pieces), allowed by its hash.
 */
final class Layout {
    /** The parts of the site the navigation names. */
    enum Section { EVENTS, SEARCH, OUTLETS, NONE }

    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'%s; "
            + "img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private Layout() {
    }

    /** A page titled {@code title} around {@code mainHtml}, without a style element of its own. */
    static UiPage page(String title, Section section, String mainHtml) {
        return page(title, section, mainHtml, "");
    }

    /** A page titled {@code title} around {@code mainHtml}, with {@code style} (CSS, maybe empty) in its head. */
    static UiPage page(String title, Section section, String mainHtml, String style) {
        StringBuilder b = new StringBuilder(mainHtml.length() + 2048);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<title>").append(Html.escape(title)).append(" · Parallax</title>\n")
                .append("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">\n")
                .append("<link rel=\"stylesheet\" href=\"/static/report.css\">\n")
                .append("<link rel=\"stylesheet\" href=\"/static/ui.css\">\n");
        if (!style.isEmpty()) {
            b.append("<style>").append(style).append("</style>\n");
        }
        b.append("<script src=\"/static/ui.js\" defer></script>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#main\">Skip to the content</a>\n")
                .append("<header class=\"top\"><div class=\"wrap\"><a class=\"brand\" href=\"/\">Parallax</a>")
                .append("<nav class=\"site\" aria-label=\"Site\">");
        nav(b, "/", "Events", section == Section.EVENTS);
        nav(b, "/search", "Search", section == Section.SEARCH);
        nav(b, "/outlets", "Outlets", section == Section.OUTLETS);
        b.append("</nav></div></header>\n<main class=\"wrap\" id=\"main\">\n").append(mainHtml).append("</main>\n")
                .append("<footer class=\"wrap\">Parallax shows how outlets cover the same event. Article text is ")
                .append("shown as cleaned, with every dossier line linked to its sentence.</footer>\n")
                .append("</body>\n</html>\n");
        String hash = style.isEmpty() ? "" : " 'sha256-" + sha256Base64(style) + "'";
        return new UiPage(b.toString(), String.format(POLICY, hash));
    }

    private static void nav(StringBuilder b, String href, String name, boolean current) {
        b.append("<a href=\"").append(href).append('"').append(current ? " aria-current=\"page\"" : "").append('>')
                .append(name).append("</a>");
    }

    /** The CSP source hash of a style element's exact content. */
    static String sha256Base64(String s) {
        return Base64.getEncoder().encodeToString(Sha256.digest(s));
    }
}
