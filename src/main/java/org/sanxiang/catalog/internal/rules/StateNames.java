package org.sanxiang.catalog.internal.rules;

import org.sanxiang.catalog.internal.version.VersionState;

/** The Chinese names of states and steps, for the rules' messages (pages use the message bundles). */
final class StateNames {

    private StateNames() {
    }

    static String zh(VersionState state) {
        return switch (state) {
            case DRAFT -> "草稿";
            case SUBMITTED -> "待合法性审核";
            case RETURNED -> "退回修改";
            case PASSED -> "审核通过";
            case PUBLISHED -> "已公布";
            case SUPERSEDED -> "已被新版本替代";
            case REPEALED -> "已废止";
        };
    }

    static String zh(VersionStep.Step step) {
        return switch (step) {
            case EDIT -> "修改";
            case SUBMIT -> "送审";
            case PASS -> "审核通过";
            case RETURN -> "退回";
            case PUBLISH -> "公布";
            case REPEAL -> "废止";
        };
    }
}
