# Warnings are errors for jvom's own code, on GCC and Clang alike.
function(jvom_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Werror)
endfunction()
