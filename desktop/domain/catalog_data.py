"""Bilingual words of the data folder: backups, archives, the database file and its problems.

Kept apart from catalog.py (which merges them into its WORDS) because they are many and belong
together. key: (English, 简体中文).
"""

from __future__ import annotations

DATA_WORDS: dict[str, tuple[str, str]] = {
    "error.archive_copy_damaged": (
        "The copy of the database is damaged: {detail}",
        "数据库副本已损坏：{detail}",
    ),
    "error.archive_outside": (
        "The file holds a path outside the data folder ({name}); it was refused for safety.",
        "文件中包含指向数据文件夹之外的路径（{name}），为安全起见已拒绝。",
    ),
    "error.archive_unexpected": (
        "The file holds something a Turnaround archive never does ({name}).",
        "文件中包含“化危为机”备份不会有的内容（{name}）。",
    ),
    "error.archive_not_ours": (
        "{path} is not a Turnaround archive.",
        "{path} 不是“化危为机”的备份文件。",
    ),
    "error.archive_not_zip": (
        "{path} is not a Turnaround archive (not a zip file).",
        "{path} 不是“化危为机”的备份文件（不是 zip 文件）。",
    ),
    "error.archive_unreadable": ("{path} cannot be read: {detail}", "无法读取 {path}：{detail}"),
    "error.archive_newer": (
        "{path} was made by a newer version of Turnaround; update the app.",
        "{path} 由更新版本的“化危为机”生成，请先升级本应用。",
    ),
    "error.archive_too_large": (
        "{path} is too large to be a Turnaround archive.",
        "{path} 过大，不像“化危为机”的备份文件。",
    ),
    "error.archive_no_space": (
        "There is not enough free disk space to unpack it.",
        "磁盘空间不足，无法解开该文件。",
    ),
    "error.archive_incomplete": (
        "{path} is incomplete: files listed in it are missing.",
        "{path} 不完整：清单中的文件缺失。",
    ),
    "error.archive_damaged": (
        "{path} is damaged or truncated ({detail}).",
        "{path} 已损坏或不完整（{detail}）。",
    ),
    "error.archive_db_damaged": (
        "The database in {path} is damaged: {detail}",
        "{path} 中的数据库已损坏：{detail}",
    ),
    "error.archive_not_file": (
        "{path} is not a regular file.",
        "{path} 不是普通文件。",
    ),
    "error.archive_db_foreign": (
        "The database in {path} is not a Turnaround database; nothing was changed.",
        "{path} 中的数据库不是“化危为机”的数据库，未做任何更改。",
    ),
    "error.archive_db_newer": (
        "{path} holds data from a newer version of Turnaround (it has {migration}); update "
        "the app first. Nothing was changed.",
        "{path} 中的数据来自更新版本的“化危为机”（含 {migration}），请先升级本应用。未做任何更改。",
    ),
    "error.disk_full": (
        "The disk is full ({path}). Free some space and try again; nothing was lost.",
        "磁盘已满（{path}）。请清理出一些空间后重试；数据没有丢失。",
    ),
    "error.db_is_folder": (
        "{path} is a folder, not the database file. Move it away and start again.",
        "{path} 是一个文件夹，而不是数据库文件。请把它移走后重新启动。",
    ),
    "error.db_not_file": (
        "{path} is not a regular file. Move it away and start again.",
        "{path} 不是普通文件。请把它移走后重新启动。",
    ),
    "error.db_no_access": (
        "You may not read {path} ({detail}). It may belong to another user; check its owner "
        "and permissions.",
        "没有读取 {path} 的权限（{detail}）。它可能属于其他用户，请检查文件的所有者和权限。",
    ),
    "error.db_read_only": (
        "{path} cannot be written ({detail}). Make it writable for you (it was left as it is).",
        "无法写入 {path}（{detail}）。请为当前用户开放写权限（文件未作任何改动）。",
    ),
    "error.db_empty": (
        "{path} is empty (0 bytes): the data it held is gone, perhaps from a full disk or a "
        "copy that did not finish. Restore a backup.",
        "{path} 是空文件（0 字节）：其中的数据已不在，可能是磁盘已满或复制未完成所致。"
        "请恢复一个备份。",
    ),
    "error.db_foreign": (
        "{path} is not a Turnaround database; it was left untouched.",
        "{path} 不是“化危为机”的数据库，未做任何更改。",
    ),
    "error.db_newer": (
        "{path} was written by a newer version of Turnaround (it has {migration}); please "
        "update the app. The file was left untouched.",
        "{path} 由更新版本的“化危为机”写入（含 {migration}），请先升级本应用。文件未做任何更改。",
    ),
    "error.db_damaged": (
        "The database {path} is damaged ({detail}). Restore a backup.",
        "数据库 {path} 已损坏（{detail}）。请恢复一个备份。",
    ),
    "error.db_cannot_write": (
        "{path} cannot be opened for writing ({detail}).",
        "无法以写入方式打开 {path}（{detail}）。",
    ),
    "error.db_write_failed": (
        "The change could not be saved ({detail}); nothing was written.",
        "修改未能保存（{detail}），未写入任何内容。",
    ),
    "error.db_damaged_stopped": (
        "The database is damaged; nothing more is written to it. Restore a backup from "
        "Settings › Data.",
        "数据库已损坏，不再写入任何内容。请在“设置 › 数据”中恢复备份。",
    ),
    "error.swap_in_progress": (
        "A restore in {path} was interrupted; start Turnaround (or the restore) again to finish "
        "it.",
        "{path} 中有一次恢复被中断；请重新启动“化危为机”（或再次执行恢复）以完成它。",
    ),
    "error.busy_import": (
        "Close the Turnaround window that is open on {path} before importing; nothing was changed.",
        "关闭正在运行的化危为机窗口（{path}）后再导入；未做任何更改。",
    ),
    "error.busy_restore": (
        "Close the Turnaround window that is open on {path} before restoring; nothing was changed.",
        "关闭正在运行的化危为机窗口（{path}）后再恢复；未做任何更改。",
    ),
    "error.busy_demo": (
        "Close the Turnaround window that is open on {path} before adding demo data; nothing "
        "was changed.",
        "关闭正在运行的化危为机窗口（{path}）后再添加演示数据；未做任何更改。",
    ),
    "error.busy_command": (
        "Another Turnaround command ({command}) is working on {path}; wait for it to end. "
        "Nothing was changed.",
        "另一个“化危为机”命令（{command}）正在处理 {path}，请等它结束。未做任何更改。",
    ),
    "cli.restore_with": (
        "To restore the latest backup: {command}",
        "恢复最近的备份：{command}",
    ),
    "cli.calendar_from_hours": (
        "--from and --hours go together.",
        "--from 与 --hours 须一起给出。",
    ),
    "cli.calendar_bad_from": (
        '“{value}” is not a time: write it as "2026-09-30 17:00".',
        '“{value}”不是时间：请写成 "2026-09-30 17:00"。',
    ),
    "cli.calendar_bad_hours": ("The hours must not be negative.", "小时数不能为负。"),
    "cli.calendar_counts_calendar": (
        "Note: these deadlines count in calendar hours (Settings › Working hours); the time "
        "above is on the working calendar.",
        "注意：这些期限按自然小时计算（设置 › 工作时间）；以上时间按工作日历计算。",
    ),
    "cli.calendar_counting_working": (
        "Deadlines count in working hours.",
        "期限按工作小时计算。",
    ),
    "cli.calendar_counting_calendar": (
        "Deadlines count in calendar hours; the working calendar, when chosen:",
        "期限按自然小时计算；选择按工作小时计算时的工作日历：",
    ),
    "cli.calendar_hours": (
        "Working days: {days}, {hours}, {lunch}",
        "工作日：{days}，{hours}，{lunch}",
    ),
    "cli.calendar_lunch": ("lunch break {start}–{end}", "午休 {start}–{end}"),
    "cli.calendar_no_lunch": ("no lunch break", "无午休"),
    "cli.calendar_zone": ("Time zone: {zone}", "时区：{zone}"),
    "cli.calendar_covered": (
        "Mainland China's official days off and make-up working days are known for {first}–{last}.",
        "已知 {first}–{last} 年中国大陆的官方放假和调休安排。",
    ),
    "cli.calendar_year": ("{year}:", "{year} 年："),
    "cli.calendar_off": ("day off", "放假"),
    "cli.calendar_work": ("make-up working day", "调休上班"),
    "cli.calendar_own": ("Own days off: {days}", "自定休息日：{days}"),
    "error.trash_number_taken": (
        "“{label}” cannot be restored: another case now has the number {number}.",
        "无法恢复“{label}”：编号 {number} 已被另一个案件使用。",
    ),
    "error.trash_already_there": (
        "“{label}” cannot be restored: it is already there again (imported since it was deleted).",
        "无法恢复“{label}”：它已经重新存在（删除后又导入过）。",
    ),
    "error.trash_conflict": (
        "“{label}” cannot be restored: {detail}",
        "无法恢复“{label}”：{detail}",
    ),
    "error.trash_gone": (
        "It is no longer in the Trash (restored or deleted for good meanwhile).",
        "该项目已不在回收站中（已被恢复或永久删除）。",
    ),
}
