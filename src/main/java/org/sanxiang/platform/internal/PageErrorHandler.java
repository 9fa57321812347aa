package org.sanxiang.platform.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.sanxiang.platform.SanxiangException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A refused command on a page shows its Chinese message (and English below) with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

    @ExceptionHandler(SanxiangException.class)
    String refused(SanxiangException e, Model model, HttpServletResponse response) {
        return page(e.status(), e.zh(), e.en(), model, response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String concurrentEdit(Model model, HttpServletResponse response) {
        return page(409, "该记录已被他人修改，请刷新后重试", "The record was changed by someone else; reload and try again",
                model, response);
    }

    @ExceptionHandler(InvalidParameterException.class)
    String undecodable(Model model, HttpServletResponse response) {
        Map<String, String> messages = RequestErrors.messages(RequestErrors.undecodableParameters());
        return page(400, messages.get("zh"), messages.get("en"), model, response);
    }

    private static String page(int status, String zh, String en, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("messageZh", zh);
        model.addAttribute("messageEn", en);
        return "error";
    }
}
