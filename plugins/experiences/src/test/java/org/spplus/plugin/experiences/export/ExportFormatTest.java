package org.spplus.plugin.experiences.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExportFormatTest {

    @Test
    void codesAreReadCaseInsensitively() {
        assertThat(ExportFormat.fromCode("csv")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.fromCode(" XLSX ")).isEqualTo(ExportFormat.XLSX);
    }

    @Test
    void unknownCodesAreRefused() {
        assertThatThrownBy(() -> ExportFormat.fromCode("xls")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExportFormat.fromCode(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contentTypesAndExtensions() {
        assertThat(ExportFormat.CSV.contentType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(ExportFormat.XLSX.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(ExportFormat.CSV.extension()).isEqualTo("csv");
        assertThat(ExportFormat.XLSX.fileName("avis-2024")).isEqualTo("avis-2024.xlsx");
    }
}
