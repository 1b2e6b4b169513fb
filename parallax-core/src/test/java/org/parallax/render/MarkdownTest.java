package org.parallax.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void escapesLinksImagesAndHtml() {
        assertEquals("\\[click\\](javascript:alert(1))", Markdown.inline("[click](javascript:alert(1))"));
        assertEquals("!\\[x\\](https://t.example/p.png)", Markdown.inline("![x](https://t.example/p.png)"));
        assertEquals("\\<img src=x onerror=alert(1)\\>", Markdown.inline("<img src=x onerror=alert(1)>"));
        assertEquals("\\<https://t.example\\>", Markdown.inline("<https://t.example>"));
        assertEquals("Tom \\&amp; Jerry \\&\\#60;", Markdown.inline("Tom &amp; Jerry &#60;"));
    }

    @Test
    void escapesInlineFormatting() {
        assertEquals("\\*bold\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~ a\\|b \\$5 to \\$9 back\\\\slash",
                Markdown.inline("*bold* _it_ `code` ~~gone~~ a|b $5 to $9 back\\slash"));
        assertEquals("Price rise \\#2 \\#", Markdown.inline("Price rise #2 #"));
    }

    @Test
    void putsInlineTextOnOneLine() {
        assertEquals("one two three", Markdown.inline("  one\n\ntwo \t three "));
        assertEquals("", Markdown.inline(null));
    }

    @Test
    void escapesWhatOnlyCountsAtALineStart() {
        assertEquals("\\- not a list", Markdown.inline("- not a list"));
        assertEquals("\\+ not a list", Markdown.inline("+ not a list"));
        assertEquals("\\> not a quote", Markdown.inline("> not a quote"));
        assertEquals("\\===", Markdown.inline("==="));
        assertEquals("1\\. not a numbered list", Markdown.inline("1. not a numbered list"));
        assertEquals("2024\\) neither", Markdown.inline("2024) neither"));
        assertEquals("a - b + c = d 1. e", Markdown.inline("a - b + c = d 1. e"));
    }

    @Test
    void keepsParagraphsAndLineBreaks() {
        assertEquals("First line\\\nsecond line\n\n\\- Second paragraph\n\n\\# Third\n",
                Markdown.paragraphs("  First line\r\n    second line\n\n \n\n- Second paragraph\n\n# Third\n"));
        assertEquals("", Markdown.paragraphs(" \n \n"));
    }

    @Test
    void neutralisesHtmlBlocksInText() {
        assertEquals("Hundreds \\</p\\>\\<script\\>alert(1)\\</script\\> gathered\n",
                Markdown.paragraphs("Hundreds </p><script>alert(1)</script> gathered"));
        assertEquals("\\<div\\>\\\n\\</div\\>\n", Markdown.paragraphs("<div>\n</div>"));
    }
}
