package org.sanxiang.evidence.internal.rules;

import java.util.Optional;
import java.util.Set;

import org.sanxiang.evidence.EvidenceKind;
import org.sanxiang.evidence.internal.MediaTypeSniffer;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * An upload is what it says it is: a video is video content, a photo an image, a scan a PDF, an image or an office
 * file; a program is never evidence. Judged by the content's signature, not its name. The seeds require records
 * that are 规范、合法、有效 (泉州市鲤城区方案 三、第17项) and a record's 记录要素 to be set (许昌市商务局方案 三(二)2);
 * a PDF filed as the footage of an inspection is neither, and nobody would notice until a court asked for the video.
 * <p>
 * Content the signatures do not recognise is accepted: body cameras write vendors' own containers (e.g. .dav) that
 * only the vendor's player reads, and refusing them would lose recordings the law requires. Its detected type,
 * {@code application/octet-stream}, is recorded and shown, so a reviewer sees that it was not confirmed.
 */
@Component
public class EvidenceContentMatchesKind extends LegalRule<UploadedContent> {

    private static final Set<String> DOCUMENTS = Set.of("application/pdf", "application/zip",
            "application/x-ole-storage");
    private static final Set<String> PROGRAMS = Set.of(MediaTypeSniffer.EXECUTABLE, "application/x-elf");

    public EvidenceContentMatchesKind() {
        super("evidence-content-matches-kind",
                "泉州市鲤城区市场监督管理局实施方案 三、第17项（确保文字记录、音像记录规范、合法、有效）；"
                        + "许昌市商务局实施方案 三(二)2（明确音像记录的记录要素）",
                UNPROCESSABLE,
                "上传的证据文件须与所填类别相符（按文件内容识别，而非文件名）：录像须为视频、录音须为音频、照片须为图片，"
                        + "文书扫描件须为 PDF、图片或办公文档；程序文件不能作为证据",
                "An evidence file must be what its kind says, judged by its content rather than its name: a video is "
                        + "video, a recording audio, a photo an image, a scan a PDF, an image or an office file; a "
                        + "program is never evidence",
                UploadedContent.COMMAND);
    }

    @Override
    public Optional<Refusal> check(UploadedContent facts) {
        String type = facts.detectedType();
        if (PROGRAMS.contains(type)) {
            return refuse("该文件是可执行程序（" + type + "），不能作为证据上传",
                    "The file is a program (" + type + ") and cannot be evidence");
        }
        if (type.equals(MediaTypeSniffer.UNKNOWN) || fits(facts.declared(), type)) {
            return allowed();
        }
        return refuse("文件内容是 " + type + "，与所填类别“" + zh(facts.declared()) + "”不符，请核对文件或改选类别",
                "The content is " + type + ", which is not a " + facts.declared().name().toLowerCase() + " file; "
                        + "check the file or choose its kind");
    }

    private static boolean fits(EvidenceKind kind, String type) {
        return switch (kind) {
            case VIDEO -> type.startsWith("video/");
            case AUDIO -> type.startsWith("audio/");
            case PHOTO -> type.startsWith("image/");
            case DOCUMENT -> type.startsWith("image/") || DOCUMENTS.contains(type);
        };
    }

    private static String zh(EvidenceKind kind) {
        return switch (kind) {
            case VIDEO -> "录像";
            case AUDIO -> "录音";
            case PHOTO -> "照片";
            case DOCUMENT -> "文书扫描件";
        };
    }
}
