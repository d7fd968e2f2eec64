package org.easeback.diary.web;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 4180 quoting and defused spreadsheet formulas. */
class CsvTests {

	@Test
	void plainTextStaysAsItIs() {
		assertThat(Csv.cell("stiff after sitting")).isEqualTo("stiff after sitting");
	}

	@Test
	void nullAndEmptyAreEmptyFields() {
		assertThat(Csv.line(Arrays.asList("a", null, "", "b"))).isEqualTo("a,,,b\r\n");
	}

	@Test
	void aCommaQuoteOrLineBreakPutsTheFieldInQuotesWithQuotesDoubled() {
		assertThat(Csv.cell("a, b")).isEqualTo("\"a, b\"");
		assertThat(Csv.cell("say \"ow\"")).isEqualTo("\"say \"\"ow\"\"\"");
		assertThat(Csv.cell("line one\nline two")).isEqualTo("\"line one\nline two\"");
	}

	@Test
	void cellsThatAFormulaCouldStartWithGetALeadingQuote() {
		for (String start : List.of("=", "+", "-", "@", "\t")) {
			assertThat(Csv.cell(start + "1+1")).as(start).isEqualTo("'" + start + "1+1");
		}
		assertThat(Csv.cell("=SUM(A1,A2)")).isEqualTo("\"'=SUM(A1,A2)\"");
	}

	@Test
	void linesEndWithCrlf() {
		assertThat(Csv.line(List.of("taken_at", "pain"))).isEqualTo("taken_at,pain\r\n");
	}

}
