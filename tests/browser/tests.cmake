# The brief in a real browser: Debian's headless Chromium driven by playwright-core (npm).
# Never skipped: without Chromium the test fails and says to run scripts/install-deps --browser.
add_test(NAME browser.brief
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/run.sh $<TARGET_FILE:kamgraph> ${PROJECT_SOURCE_DIR}
                 ${CMAKE_CURRENT_BINARY_DIR}/browser)
# One Chromium at a time is plenty on a two-core machine; a slow first npm ci needs the time.
set_tests_properties(browser.brief PROPERTIES TIMEOUT 900 RUN_SERIAL TRUE)
