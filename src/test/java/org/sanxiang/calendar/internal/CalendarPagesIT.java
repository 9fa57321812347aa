package org.sanxiang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/** The public calendar page and the administrator's import page, as a browser gets them. */
@IntegrationTest
class CalendarPagesIT {

    private static final String PASSWORD = "calendar-page-passphrase";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    @BeforeEach
    void users() {
        for (var user : new Object[][] {{"cal-page-admin", Role.ADMIN}, {"cal-page-officer", Role.OFFICER}}) {
            try {
                users.create((String) user[0], PASSWORD, "测试" + user[0], user[1] == Role.ADMIN ? null : 999L, Set.of((Role) user[1]));
            } catch (InvalidInputException alreadyThere) {
                // created by an earlier test in the same application context
            }
        }
    }

    @Test
    void theCalendarPageShowsHolidaysAndMakeUpDaysInWordsNotOnlyInColour() {
        HttpResponse<String> page = new CalendarHttp(port).get("/portal/calendar?year=2024");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1>2024 年工作日历</h1>", "<caption>10月</caption>", "国庆节，放假", "国庆节调休，上班",
                        ">休<", ">班<", "10月1日–10月7日", "9月29日、10月12日", "https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm")
                .contains("href=\"/portal/calendar?year=2023\"", "href=\"/portal/calendar?year=2025\"")
                .contains("href=\"/portal/calendar\"", "工作日历");
    }

    @Test
    void theCalendarPageSpeaksEnglishOnRequest() {
        assertThat(new CalendarHttp(port).get("/portal/calendar?year=2026&lang=en").body())
                .contains("Working-day calendar 2026", "<caption>February</caption>", "春节, day off");
    }

    @Test
    void aYearWithoutDataIsNotFound() {
        HttpResponse<String> page = new CalendarHttp(port).get("/portal/calendar?year=2099");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("尚无 2099 年的节假日安排数据");
    }

    @Test
    void anAdministratorUploadsAYearFileOnTheWorkbenchPage() throws Exception {
        CalendarHttp browser = new CalendarHttp(port).login("cal-page-admin", PASSWORD);
        HttpResponse<String> page = browser.get("/workbench/calendar");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("导入已有的年份会覆盖该年的全部节假日数据", "shipped 2026.json", "for=\"calendar-file\"");

        byte[] file = new ClassPathResource("calendar/2027-sample.json").getContentAsByteArray();
        HttpResponse<String> posted = browser.postFile("/workbench/calendar/import", "2027.json", file, CalendarHttp.csrfOf(page.body()));
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(browser.get("/workbench/calendar").body()).containsPattern("已(导入|覆盖) 2027 年的节假日安排").contains("cal-page-admin");
    }

    @Test
    void anInvalidUploadIsListedProblemByProblemInChinese() throws Exception {
        CalendarHttp browser = new CalendarHttp(port).login("cal-page-admin", PASSWORD);
        String csrf = CalendarHttp.csrfOf(browser.get("/workbench/calendar").body());
        byte[] invalid = new ClassPathResource("calendar/2027-invalid.json").getContentAsByteArray();
        HttpResponse<String> page = browser.postFile("/workbench/calendar/import", "bad.json", invalid, csrf);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("文件“bad.json”未导入", "<li>日期 2027-01-01 重复出现（第 1 条和第 2 条）</li>", "2027-02-30");
        HttpResponse<String> notJson = browser.postFile("/workbench/calendar/import", "x.json", "{".getBytes(StandardCharsets.UTF_8), csrf);
        assertThat(notJson.body()).contains("文件不是有效的 JSON");
    }

    @Test
    void anOfficerCannotOpenTheImportPage() {
        assertThat(new CalendarHttp(port).login("cal-page-officer", PASSWORD).get("/workbench/calendar").statusCode()).isEqualTo(403);
    }
}
