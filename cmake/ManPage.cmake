# Writes OUTPUT, the vaultlint(1) man page, from the built binary's own
# --help texts (the program's and each subcommand's), so that the page says
# what the binary does. Run as:
#   cmake -DVAULTLINT=path/to/vaultlint -DVERSION=x.y.z -DOUTPUT=vaultlint.1 -P ManPage.cmake

function(help_of out)
  execute_process(COMMAND "${VAULTLINT}" ${ARGN} --help OUTPUT_VARIABLE text RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "vaultlint ${ARGN} --help exited ${status}")
  endif()
  # The binary's path is not part of the page.
  string(REPLACE "${VAULTLINT}" "vaultlint" text "${text}")
  # roff: a backslash is \e; a line starting with '.' or "'" is text, not a request.
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

help_of(main)
string(REGEX MATCH "Subcommands:\n(.*)" listed "${main}")
string(REGEX MATCHALL "\n  ([a-z]+)" names "\n${CMAKE_MATCH_1}")
set(commands "")
foreach(name IN LISTS names)
  string(STRIP "${name}" name)
  help_of(text ${name})
  string(APPEND commands ".SS vaultlint ${name}\n.nf\n${text}.fi\n")
endforeach()
help_of(infer schema infer)
string(APPEND commands ".SS vaultlint schema infer\n.nf\n${infer}.fi\n")

file(WRITE "${OUTPUT}" ".TH VAULTLINT 1 \"\" \"vaultlint ${VERSION}\" \"User Commands\"
.SH NAME
vaultlint \\- lint a Markdown knowledge vault and build its concept graph
.SH SYNOPSIS
.B vaultlint
.I COMMAND
[\\fIOPTIONS\\fR] [\\fIVAULT\\fR]
.SH DESCRIPTION
.nf
${main}.fi
.SH COMMANDS
${commands}.SH EXIT STATUS
0: no error-severity finding; 1: findings with errors (or more warnings than \\-\\-max\\-warnings);
2: a usage, config or I/O error.
.SH FILES
.TP
.I VAULT/.vaultlint.yaml
the vault's settings (\\fBvaultlint init\\fR writes a first one).
.SH SEE ALSO
The docs/ folder of the source tree: configuration.md, rules/, did-you-mean.md, init.md;
\\fBvaultlint explain\\fR \\fIRULE\\fR prints a rule's page.
")
