package org.spplus.plugin.experiences.procedure;

/** The catalogue of procedures could not be read: a malformed line, or a code used twice. */
public class ProcedureCatalogueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;

    public ProcedureCatalogueException(String source, long line, String problem) {
        super(source + ", line " + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public ProcedureCatalogueException(String source, long line, String problem, Throwable cause) {
        super(source + ", line " + line + ": " + problem, cause);
        this.source = source;
        this.line = line;
    }

    /** The name of the catalogue read. */
    public String source() {
        return source;
    }

    /** The number of the faulty line, counting from 1 (the header). */
    public long line() {
        return line;
    }
}
