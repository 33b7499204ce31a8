# Fails when the test run wrote a code the registry (common/VerdictCodes) does not know.
if(EXISTS "${LOG}")
    file(READ "${LOG}" unknown)
    if(NOT unknown STREQUAL "")
        message(FATAL_ERROR "codes written by the tests that common/VerdictCodes does not know:\n${unknown}")
    endif()
endif()
message(STATUS "every code written by the tests is registered")
