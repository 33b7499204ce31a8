# Fails when a shipped language lacks a translation for a string of the current sources.
# Runs lupdate on a copy of each .ts file (the committed file is never changed) and looks for
# entries that lupdate marks unfinished (new strings) or vanished.
# Variables: LUPDATE, SOURCE_DIR, WORK_DIR.
file(GLOB ts_files "${SOURCE_DIR}/resources/i18n/*.ts")
file(GLOB_RECURSE sources "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/workflows/*.cpp" "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/scanner/*.cpp"
                  "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/workflows/*.h" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/scanner/*.h")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failed FALSE)
foreach(ts ${ts_files})
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    execute_process(COMMAND "${LUPDATE}" -no-obsolete -locations none -I "${SOURCE_DIR}" ${sources} -ts "${copy}"
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${err}")
    endif()
    file(READ "${copy}" content)
    string(REGEX MATCHALL "type=\"(unfinished|vanished)\"" open "${content}")
    list(LENGTH open count)
    string(REGEX MATCHALL "<source>" all "${content}")
    list(LENGTH all total)
    message(STATUS "${name}: ${total} strings, ${count} without a finished translation")
    if(count GREATER 0 OR total LESS 50)
        set(failed TRUE)
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "translations are incomplete: run the wf_ui_lupdate target and translate the new strings")
endif()
