package org.spplus.plugin.experiences.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV: UTF-8 (with a byte order mark unless told otherwise), the options' separator, CRLF record ends, RFC 4180
 * quoting (a field is quoted when it holds the separator, a quote, a line break, or starts or ends with a
 * blank), numbers unformatted (no grouping, no exponent; decimal comma in French mode).
 */
final class CsvRowSink<T> extends AbstractRowSink<T> {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter ISO_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter ISO_OFFSET_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter FRENCH_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");

    private final Writer writer;
    private final CSVPrinter printer;
    private final String[] record;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter dateTimeFormat;
    private final DateTimeFormatter instantFormat;
    private final String trueText;
    private final String falseText;

    CsvRowSink(OutputStream out, List<Column<T>> columns, ExportOptions options) throws IOException {
        super(columns, options);
        // Neither the writer nor the printer is ever closed: that would close the caller's stream.
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(options.delimiter())
                .setRecordSeparator("\r\n")
                .setQuoteMode(QuoteMode.MINIMAL)
                .get();
        this.printer = new CSVPrinter(writer, format);
        this.record = new String[this.columns.size()];
        boolean french = options.frenchDates();
        this.dateFormat = french ? FRENCH_DATE : ISO_DATE;
        this.dateTimeFormat = french ? FRENCH_DATE_TIME : ISO_DATE_TIME;
        this.instantFormat = (french ? FRENCH_DATE_TIME : ISO_OFFSET_DATE_TIME).withZone(options.zone());
        this.trueText = options.frenchBooleans() ? "oui" : "true";
        this.falseText = options.frenchBooleans() ? "non" : "false";
        writeHeader();
    }

    @Override
    protected void writeHeader() throws IOException {
        if (options.byteOrderMark()) {
            writer.write('\uFEFF');
        }
        for (int i = 0; i < record.length; i++) {
            record[i] = CellText.safe(this.columns.get(i).header());
        }
        printer.printRecord((Object[]) record);
    }

    @Override
    protected void writeValues(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            record[i] = format(values[i]);
        }
        printer.printRecord((Object[]) record);
    }

    @Override
    protected void finish() throws IOException {
        printer.flush(); // flushes the writer, which flushes the caller's stream
    }

    /** The text of a value in this export's CSV. */
    String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return CellText.safe(text);
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof Boolean bool) {
            return bool ? trueText : falseText;
        }
        if (value instanceof LocalDate date) {
            return dateFormat.format(date);
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTimeFormat.format(dateTime);
        }
        Instant instant = instantOf(value);
        if (instant != null) {
            return instantFormat.format(instant);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return CellText.safe(value.toString());
    }

    private String number(Number number) {
        String text;
        if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger || number instanceof AtomicInteger
                || number instanceof AtomicLong) {
            return number.toString();
        } else if (number instanceof BigDecimal decimal) {
            text = decimal.toPlainString();
        } else if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (!Double.isFinite(d)) {
                return "";
            }
            // Float.toString keeps a float's own digits (0.1f, not 0.10000000149011612).
            BigDecimal decimal = number instanceof Float ? new BigDecimal(number.toString()) : BigDecimal.valueOf(d);
            text = decimal.stripTrailingZeros().toPlainString();
        } else {
            // Unknown Number types (e.g. DoubleAdder): their own text, neutralised like any text.
            return CellText.safe(number.toString());
        }
        return options.decimalComma() ? text.replace('.', ',') : text;
    }
}
