package org.sanxiang.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.test.Browser;
import org.sanxiang.test.BrowserTest;
import org.sanxiang.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The "done when" walk-through in a real browser: upload through the workbench with a broken connection and
 * resume, play with seeking, download, and read the access record from the ledger.
 */
@IntegrationTest
@BrowserTest
class EvidenceBrowserIT {

    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @TempDir
    Path downloads;



    /** A minute of 44.1 kHz stereo PCM (about 10 MB): long enough that seeking needs a new byte range. */
    static byte[] wav() {
        int rate = 44_100;
        int dataSize = rate * 60 * 4;
        ByteBuffer b = ByteBuffer.allocate(44 + dataSize).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + dataSize).put("WAVE".getBytes())
                .put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2).putInt(rate)
                .putInt(rate * 4).putShort((short) 4).putShort((short) 16)
                .put("data".getBytes()).putInt(dataSize);
        for (int i = 0; i < rate * 60; i++) {
            short sample = (short) (Math.sin(i * 2 * Math.PI * 440 / rate) * 8000);
            b.putShort(sample).putShort(sample);
        }
        return b.array();
    }

    @Test
    void anOfficerUploadsThroughABrokenConnectionPlaysWithSeekingDownloadsAndSeesEachAccessInTheLedger(Browser browser)
            throws Exception {
        String username = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(username, TusClient.PASSWORD, "执法人员", 1L, Set.of(Role.OFFICER, Role.SUPERVISOR));
        byte[] recording = wav();
        String record = "REC-" + UUID.randomUUID().toString().substring(0, 8);

        Page page = browser.page(1280);
        try {
            Browser.logIn(page, url(""), username, TusClient.PASSWORD);

            // The first chunk's connection breaks after 3 MiB, as on a bad mobile network: the server receives
            // those bytes, the browser sees a reset and must continue from where the server says it got to.
            int brokenAt = 3 * 1024 * 1024;
            List<String> patchOffsets = new CopyOnWriteArrayList<>();
            page.route("**/api/v1/evidence/uploads/*", route -> {
                if (!route.request().method().equals("PATCH")) {
                    route.resume();
                    return;
                }
                patchOffsets.add(route.request().headerValue("upload-offset"));
                if (patchOffsets.size() == 1) {
                    byte[] sent = route.request().postDataBuffer();
                    route.fetch(new Route.FetchOptions().setPostData(Arrays.copyOf(sent, brokenAt)));
                    route.abort("connectionreset");
                } else {
                    route.resume();
                }
            });
            page.navigate(url("/workbench/evidence?caseRef=" + record));
            Browser.assertAccessible(page);
            page.selectOption("#kind", "audio");
            page.fill("#deviceSerial", "ZFJLY-0042");
            page.fill("#officer", "张三");
            page.fill("#place", "解放西路");
            page.setInputFiles("#file", new FilePayload("询问录音.wav", "audio/wav", recording));
            page.click("#upload-start");
            page.waitForSelector("#upload-status a", new Page.WaitForSelectorOptions().setTimeout(60_000));

            assertThat(patchOffsets).containsExactly("0", String.valueOf(brokenAt));
            assertThat(page.getAttribute("#upload-progress", "aria-valuenow")).isEqualTo("100");
            // The list below shows it without a reload; the capture time defaulted to now, the kind to the file's.
            page.waitForSelector("#evidence-list tbody td:has-text('询问录音.wav')");
            String evidenceId = page.getAttribute("#upload-status a", "href").replaceAll(".*/", "");

            // The same recording once more (another officer's copy, say): linked, not stored twice.
            page.setInputFiles("#file", new FilePayload("询问录音-副本.wav", "audio/wav", recording));
            page.click("#upload-start");
            page.waitForSelector("#upload-status a:has-text('该文件已入库')",
                    new Page.WaitForSelectorOptions().setTimeout(60_000));
            assertThat(page.textContent("#upload-status")).contains("该文件已入库，编号 " + evidenceId);
            assertThat(page.locator("#evidence-list tbody tr").count()).isEqualTo(1);

            List<Integer> contentStatuses = new CopyOnWriteArrayList<>();
            page.onResponse(r -> {
                if (r.url().contains("/content")) {
                    contentStatuses.add(r.status());
                }
            });
            page.click("#upload-status a");
            page.waitForSelector("audio");
            Browser.assertAccessible(page);
            Object position = page.evaluate("""
                    async () => {
                      const audio = document.querySelector('audio');
                      if (audio.readyState < 1) {
                        await new Promise(r => audio.addEventListener('loadedmetadata', r, {once: true}));
                      }
                      audio.currentTime = 50;
                      await new Promise(r => audio.addEventListener('seeked', r, {once: true}));
                      return audio.currentTime;
                    }""");
            assertThat(((Number) position).doubleValue()).isBetween(49.0, 51.0);
            assertThat(contentStatuses).contains(206);

            Download download = page.waitForDownload(() -> page.click("text=下载"));
            Path saved = downloads.resolve("download.wav");
            download.saveAs(saved);
            assertThat(Files.readAllBytes(saved)).isEqualTo(recording);

            page.reload();
            page.waitForSelector("#access-log tbody tr:nth-child(3)");
            String log = page.textContent("#access-log tbody");
            assertThat(log).contains("存储", "查看", "下载", username);
            Browser.screenshot(page, "evidence-detail");

            page.navigate(url("/workbench/evidence?caseRef=" + record));
            assertThat(page.textContent("main table tbody")).contains("询问录音.wav", "audio/wav");
            page.setViewportSize(390, 900);
            Browser.assertAccessible(page);
            Browser.screenshot(page, "evidence-list-phone");
        } finally {
            page.context().close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
