"""Entry point: `koryo-desktop` and `python -m koryo_desktop`."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "content":
        from koryo_desktop.cli import main as content_main

        return content_main(argv[1:])
    if argv and argv[0] == "kiosk":
        from koryo_desktop.cli_kiosk import main as kiosk_main

        return kiosk_main(argv[1:])
    if argv and argv[0] == "export":
        from koryo_desktop.cli_export import main as export_main

        return export_main(argv[1:])
    if argv and argv[0] == "xapi":
        from koryo_desktop.cli_xapi import main as xapi_main

        return xapi_main(argv[1:])
    from koryo_desktop.config import parse_app_args

    config, lang_given = parse_app_args(argv)
    if config.show_version:
        from koryo_desktop.content_database import version_text

        print(version_text(config.content))
        return 0
    from koryo_desktop.app import run

    return run(config, lang_given=lang_given)


if __name__ == "__main__":
    sys.exit(main())
