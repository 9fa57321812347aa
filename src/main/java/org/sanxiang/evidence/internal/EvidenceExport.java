package org.sanxiang.evidence.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.TableExport;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The evidence list as filtered on the page, as .xlsx or CSV: the metadata and hashes, times in Beijing time.
 * Listing evidence is not viewing it, so this is no access record.
 */
@Component
public class EvidenceExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ChinaTime.ZONE);

    private final EvidenceService evidence;
    private final MessageSource messages;

    EvidenceExport(EvidenceService evidence, MessageSource messages) {
        this.evidence = evidence;
        this.messages = messages;
    }

    public ResponseEntity<StreamingResponseBody> export(EvidenceFilter filter, CurrentUser who, String format) {
        TableExport.Format f = TableExport.Format.of(format);
        List<Evidence> found = TableExport.requireAtMost(evidence.search(filter, who,
                PageRequest.of(0, TableExport.MAX_ROWS + 1)).getContent(), "证据", "evidence records");
        List<List<?>> rows = found.stream().<List<?>>map(e -> {
            EvidenceMetadata m = e.metadata();
            return Arrays.asList(e.id(), TableExport.zh(messages, "evidence.kind.", m.kind()), m.fileName(), e.mediaType(), e.size(), e.hashes().sha256(),
                    e.hashes().sm3(), m.caseRef(), m.stepRef(), m.partyRef(), m.deviceSerial(), m.officer(),
                    time(m.capturedAt()), m.place(), time(e.createdAt()), e.createdBy());
        }).toList();
        return TableExport.response(f, "证据", List.of("编号", "类别", "原始文件名", "检测到的文件类型", "大小（字节）",
                "SHA-256", "SM3", "案件或记录编号", "执法环节", "当事人", "执法记录仪（设备）编号", "拍摄执法人员",
                "拍摄时间", "拍摄地点", "存储时间", "上传人"), rows);
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }
}
