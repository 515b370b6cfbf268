package newsquiz.generate;

import java.util.Locale;
import java.util.regex.Pattern;

/** The three kinds of input the generator reads, told apart by file name and content. */
public enum InputFormat {
    PLAIN, MARKDOWN, HTML;

    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >]|<meta)");
    private static final Pattern MARKDOWN_HINT = Pattern.compile(
            "(?m)^(#{1,6} \\S|[*-] \\S|> \\S|```)|\\[[^\\]]+\\]\\([^)]+\\)|\\*\\*[^*]+\\*\\*");

    public static InputFormat detect(String fileName, String content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HTML;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (HTML_START.matcher(content).find()) {
            return HTML;
        }
        return MARKDOWN_HINT.matcher(content).find() ? MARKDOWN : PLAIN;
    }
}
