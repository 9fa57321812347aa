package org.sanxiang.document.internal.rules;

import java.util.Optional;

import org.sanxiang.document.internal.ServiceMethod;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 民事诉讼法 第八十九条 (applied by 行政处罚法 第六十一条): a document the party refuses is left at her address with witnesses present, or
 * the leaving recorded by photo or video.
 */
@Component
public class LeftServiceWitnessed extends LegalRule<DocumentServe> {

    public LeftServiceWitnessed() {
        super("left-service-witnessed", "民事诉讼法 第八十九条", UNPROCESSABLE, "留置送达须有见证人，或者以拍照、录像等方式记录送达过程",
                "Service by leaving needs a witness or a photo or video of it", DocumentServe.COMMAND);
    }

    @Override
    public Optional<Refusal> check(DocumentServe facts) {
        return facts.method() != ServiceMethod.LEFT || facts.witness() != null && !facts.witness().isBlank()
                || facts.receipt() ? allowed() : refuse("留置送达请填写见证人，或附上记录送达过程的照片",
                        "Name the witness, or attach a photo of the leaving");
    }
}
