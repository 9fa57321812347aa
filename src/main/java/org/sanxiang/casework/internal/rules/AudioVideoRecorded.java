package org.sanxiang.casework.internal.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.casework.AvLevel;
import org.sanxiang.casework.CaseFacts.LinkedEvidence;
import org.sanxiang.casework.CaseStep;
import org.sanxiang.evidence.EvidenceKind;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第四十七条 and the seeds' 音像记录事项清单 (000–004 全过程记录): a step the agency's list marks FULL is on
 * video from start to end, a REQUIRED one has an audio, video or photo record, both captured during the step and
 * linked to it; a RECOMMENDED one without a record says why.
 */
@Component
public class AudioVideoRecorded extends LegalRule<CaseStep> {

    static final Set<EvidenceKind> RECORDINGS = Set.of(EvidenceKind.VIDEO, EvidenceKind.AUDIO, EvidenceKind.PHOTO);

    public AudioVideoRecorded() {
        super("audio-video-recorded", "行政处罚法 第四十七条；国办发〔2018〕118号；音像记录事项清单（seeds 000–004）", CONFLICT,
                "音像记录事项清单所列步骤须有本步骤中摄录的音像记录，建议记录而未记录的须说明理由",
                "A step on the audio/video list has a recording made during it; skipping a recommended one needs a reason",
                CaseCommands.ALL);
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        AvLevel level = facts.kase().avLevel();
        if (level == null || level == AvLevel.NONE) {
            return allowed();
        }
        Instant since = facts.kase().stateSince().orElse(Instant.MIN);
        List<LinkedEvidence> during = facts.kase().evidence().stream()
                .filter(e -> facts.transition().equals(e.step()))
                .filter(e -> e.capturedAt() != null && !e.capturedAt().isBefore(since)
                        && !e.capturedAt().isAfter(facts.now()))
                .toList();
        return switch (level) {
            case FULL -> during.stream().anyMatch(e -> e.kind() == EvidenceKind.VIDEO) ? allowed()
                    : refuse("本步骤须全程录像：请在本步骤中上传现场视频并关联到本步骤",
                            "This step is recorded on video throughout: upload the video of it, linked to the step");
            case REQUIRED -> during.stream().anyMatch(e -> RECORDINGS.contains(e.kind())) ? allowed()
                    : refuse("本步骤须有音像记录：请上传本步骤中摄录的视频、录音或照片并关联到本步骤",
                            "This step needs an audio, video or photo record made during it, linked to the step");
            default -> during.stream().anyMatch(e -> RECORDINGS.contains(e.kind())) || facts.input().has("avSkipReason") ? allowed()
                    : refuse("建议对本步骤音像记录；未记录的，请填写未记录的理由",
                            "A recording of this step is advised; give the reason if there is none");
        };
    }
}
