# bash completion for vaultlint (installed as share/bash-completion/completions/vaultlint)

_vaultlint() {
    local cur prev words cword
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    local commands="init check watch rules explain graph stats path backlinks schema"
    local vault_opts="-c --config -j --jobs --cache-dir --no-cache -h --help"

    if [[ ${COMP_CWORD} -eq 1 ]]; then
        COMPREPLY=($(compgen -W "${commands} --help --version" -- "${cur}"))
        return 0
    fi

    local command="${COMP_WORDS[1]}"
    case "${prev}" in
        -f|--format)
            case "${command}" in
                check) COMPREPLY=($(compgen -W "text json sarif github junit" -- "${cur}")) ;;
                graph) COMPREPLY=($(compgen -W "dot json graphml neo4j" -- "${cur}")) ;;
                stats|watch) COMPREPLY=($(compgen -W "text json" -- "${cur}")) ;;
            esac
            return 0 ;;
        --color)
            COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
            return 0 ;;
        -o|--output|-c|--config|--baseline|--write-baseline|--cache-dir)
            COMPREPLY=($(compgen -f -- "${cur}"))
            return 0 ;;
    esac

    local opts=""
    case "${command}" in
        init) opts="--force -o --output -j --jobs -h --help" ;;
        check) opts="${vault_opts} --staged --baseline --write-baseline -f --format --color -o --output
                     --max-warnings -q --quiet" ;;
        watch) opts="-c --config -j --jobs --cache-dir -f --format --color --debounce --max-runs -h --help" ;;
        rules) opts="-h --help" ;;
        explain)
            if [[ ${cur} != -* ]]; then
                # The rule names, from the binary itself.
                COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" rules 2>/dev/null |
                                          awk '/^[a-z][a-z-]* +(error|warning|off) /{print $1}')" -- "${cur}"))
                return 0
            fi
            opts="-h --help" ;;
        graph) opts="${vault_opts} -f --format -o --output --from --depth --direction --edge-kinds --cluster
                     --include-missing --type --tag --exclude-glob" ;;
        stats) opts="${vault_opts} -f --format -o --output" ;;
        path|backlinks) opts="${vault_opts}" ;;
        schema)
            if [[ ${COMP_CWORD} -eq 2 ]]; then
                COMPREPLY=($(compgen -W "infer -h --help" -- "${cur}"))
                return 0
            fi
            opts="-c --config -j --jobs -o --output -h --help" ;;
    esac
    if [[ ${cur} == -* ]]; then
        COMPREPLY=($(compgen -W "${opts}" -- "${cur}"))
    else
        COMPREPLY=($(compgen -d -- "${cur}") $(compgen -f -X '!*.md' -- "${cur}"))
    fi
    return 0
}
complete -F _vaultlint vaultlint
