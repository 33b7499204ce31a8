# wf_add_test(NAME <module.Class> SOURCES ... LIBS ... [GUI] [FIXTURES name...] [TIMEOUT s] [LABELS ...])
# One executable per test class. GUI tests run on the offscreen platform. Every test gets a private
# XDG_RUNTIME_DIR (0700) and a private HOME so QSettings and QStandardPaths never touch the user's.
set(WF_UNKNOWN_CODES_LOG ${CMAKE_BINARY_DIR}/unknown-codes.log)

function(wf_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;FIXTURES;LABELS" ${ARGN})
    string(REPLACE "." "_" target "test_${T_NAME}")
    add_executable(${target} ${T_SOURCES})
    target_link_libraries(${target} PRIVATE wf_options Qt6::Test ${T_LIBS} wf::demo) # the demo dataset: tests/support/TestCache.h
    target_include_directories(${target} PRIVATE ${CMAKE_SOURCE_DIR}/tests)
    target_compile_definitions(${target} PRIVATE
        WF_SHARED_DATA_DIR="${WF_SHARED_DATA_DIR}"
        WF_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
    set(runtime_dir "${CMAKE_BINARY_DIR}/test-runtime/${T_NAME}")
    add_test(NAME ${T_NAME} COMMAND ${target})
    set(environment
        WF_UNKNOWN_CODES_LOG=${WF_UNKNOWN_CODES_LOG}
        XDG_RUNTIME_DIR=${runtime_dir}/xdg
        HOME=${runtime_dir}/home
        XDG_CONFIG_HOME=${runtime_dir}/home/.config
        XDG_DATA_HOME=${runtime_dir}/home/.local/share)
    if(T_GUI)
        list(APPEND environment QT_QPA_PLATFORM=offscreen)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${environment}")
    # A private runtime directory must exist with mode 0700 before the test starts.
    file(MAKE_DIRECTORY ${runtime_dir}/home)
    file(MAKE_DIRECTORY ${runtime_dir}/xdg)
    file(CHMOD ${runtime_dir}/xdg DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT})
    set_tests_properties(${T_NAME} PROPERTIES FIXTURES_REQUIRED "code-audit;${T_FIXTURES}")
    if(T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
    endif()
endfunction()
