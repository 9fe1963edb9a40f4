package org.spplus.plugin.experiences.export;

import java.util.Locale;

/** The file formats a list of rows can be exported to. */
public enum ExportFormat {
    /** UTF-8 text with a byte order mark, RFC 4180 quoting, CRLF line ends. */
    CSV("csv", "text/csv; charset=UTF-8"),
    /** Office Open XML spreadsheet (Excel 2007+, LibreOffice). */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String code;
    private final String contentType;

    ExportFormat(String code, String contentType) {
        this.code = code;
        this.contentType = contentType;
    }

    /** The short code used in URLs and forms ({@code "csv"}, {@code "xlsx"}). */
    public String code() {
        return code;
    }

    /** The value for the HTTP {@code Content-Type} header. */
    public String contentType() {
        return contentType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return code;
    }

    /** A file name made of {@code baseName} and this format's extension. */
    public String fileName(String baseName) {
        return baseName + "." + extension();
    }

    /**
     * The format for a code, case-insensitively and ignoring surrounding blanks.
     *
     * @throws IllegalArgumentException for a null or unknown code
     */
    public static ExportFormat fromCode(String code) {
        if (code != null) {
            String wanted = code.trim().toLowerCase(Locale.ROOT);
            for (ExportFormat format : values()) {
                if (format.code.equals(wanted)) {
                    return format;
                }
            }
        }
        throw new IllegalArgumentException("Unknown export format: " + code);
    }
}
