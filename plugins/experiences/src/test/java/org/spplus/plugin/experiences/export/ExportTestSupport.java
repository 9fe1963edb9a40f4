package org.spplus.plugin.experiences.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Helpers shared by the export tests. */
final class ExportTestSupport {

    private ExportTestSupport() {
    }

    /** Columns reading the cells of an {@code Object[]} row in order. */
    static List<Column<Object[]>> columns(String... headers) {
        List<Column<Object[]>> columns = new ArrayList<>();
        for (int i = 0; i < headers.length; i++) {
            int index = i;
            columns.add(Column.of(headers[i], row -> row[index]));
        }
        return columns;
    }

    static byte[] export(ExportFormat format, List<Column<Object[]>> columns, ExportOptions options,
            Object[]... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = TabularWriter.write(format, out, columns, Arrays.asList(rows).iterator(), options);
        assertThat(result).isEqualTo(new ExportResult(rows.length, false));
        return out.toByteArray();
    }

    /** The CSV's text after its byte order mark, which must be there. */
    static String csvText(byte[] csv) {
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    static List<CSVRecord> parseCsv(byte[] csv, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        return format.parse(new StringReader(csvText(csv))).getRecords();
    }

    /** Each sheet's name and rows, read back with fastexcel-reader (with cell formats). */
    static List<ReadSheet> readXlsx(byte[] xlsx) throws IOException {
        List<ReadSheet> sheets = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new ReadingOptions(true, false))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                sheets.add(new ReadSheet(sheet.getName(), sheet.read()));
            }
        }
        return sheets;
    }

    record ReadSheet(String name, List<Row> rows) {
    }

    /** The text of one part of an XLSX package. */
    static String xlsxPart(byte[] xlsx, String name) throws IOException {
        // java.util.zip.ZipInputStream refuses fastexcel's local headers: read through the central directory.
        // The build points java.io.tmpdir to a folder under target/ that may not exist yet.
        Path file = Files.createTempFile(Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"))),
                "export", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry(name);
                if (entry == null) {
                    throw new AssertionError("No part " + name);
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    /** An output stream that remembers whether it was flushed or closed. */
    static final class TrackingOutputStream extends ByteArrayOutputStream {
        boolean flushed;
        boolean closed;

        @Override
        public void flush() {
            flushed = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /**
     * Discards what is written, counting bytes and line feeds and keeping the last bytes (to check a ZIP's end).
     */
    static final class CountingOutputStream extends OutputStream {
        long bytes;
        long lineFeeds;
        private final byte[] tail = new byte[64];

        @Override
        public void write(int b) {
            count((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                count(b[i]);
            }
        }

        private void count(byte b) {
            tail[(int) (bytes % tail.length)] = b;
            bytes++;
            if (b == '\n') {
                lineFeeds++;
            }
        }

        /** The last {@code n} bytes written (n at most 64). */
        byte[] last(int n) {
            byte[] last = new byte[n];
            for (int i = 0; i < n; i++) {
                last[i] = tail[(int) ((bytes - n + i) % tail.length)];
            }
            return last;
        }
    }
}
