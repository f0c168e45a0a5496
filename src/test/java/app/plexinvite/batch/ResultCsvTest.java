package app.plexinvite.batch;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResultCsvTest {

	@Test
	void writesOneLinePerRowWithStatusDetailAndRequest() {
		BatchRow sent = new BatchRow(1, 7, 2, "alice", "=cmd|' /C calc'!A0", "Family", 3L, null, null, RowCheck.OK,
				RowState.SENT, 41L, "batch.detail.sent", Instant.EPOCH, Instant.EPOCH);
		BatchRow skipped = new BatchRow(2, 7, 3, "@bad", null, null, null, null, null, RowCheck.BAD_ADDRESS,
				RowState.SKIPPED, null, null, null, null);

		String csv = ResultCsv.write(List.of(sent, skipped), (key) -> "<" + key + ">");

		assertThat(csv).startsWith("\uFEFF");
		assertThat(csv.substring(1).split("\r\n")).containsExactly(
				"row,identifier,name,profile,status,detail,request id",
				"2,alice,'=cmd|' /C calc'!A0,Family,<batch.row.SENT>,<batch.detail.sent>,41",
				"3,'@bad,,,<batch.check.BAD_ADDRESS>,,");
		assertThat(BatchCsv.parse(csv.getBytes(StandardCharsets.UTF_8))).as("readable CSV").hasSize(3);
	}

}
