# One INTERFACE target that carries every compile setting; linked PRIVATE by every target.
add_library(wf_options INTERFACE)
target_compile_options(wf_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor)
if(WF_WARNINGS_AS_ERRORS)
    target_compile_options(wf_options INTERFACE -Werror)
endif()
target_compile_definitions(wf_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    ZX_USE_UTF8
    WF_VERSION="${PROJECT_VERSION}")
