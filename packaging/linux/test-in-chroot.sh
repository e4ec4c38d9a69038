#!/bin/sh
# Installs the .deb on a bare Debian 12 (a debootstrap chroot), starts the app from its menu entry as a
# normal user in a real X window and takes a screenshot, then purges the package and checks that
# nothing of it is left. Run as root on a Debian/Ubuntu machine, after sh packaging/build.sh:
#
#   sh packaging/linux/test-in-chroot.sh dist/koryo-desktop_0.1.0_amd64.deb [CHROOT_DIR] [SHOT.png]
#
# Needs debootstrap, xvfb, xauth and imagemagick on the host (installed when missing). The chroot is
# made once (minbase: no Python, no X, no fonts) and kept; each run ends with `apt-get autoremove
# --purge`, which takes away the libraries the package pulled in, so the next run starts bare again.
set -eu
deb=$(realpath "$1")
root=${2:-/var/tmp/koryo-bookworm}
shot=$(realpath -m "${3:-koryo-chroot.png}")
display=:73

for tool in debootstrap Xvfb import; do
  command -v $tool >/dev/null || need="${need:-} $tool"
done
if [ -n "${need:-}" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap xvfb xauth imagemagick >/dev/null
fi
[ -x "$root/usr/bin/apt-get" ] || debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian

cleanup() {
  [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
  for m in tmp/.X11-unix dev/pts dev proc; do umount "$root/$m" 2>/dev/null || true; done
}
trap cleanup EXIT
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mkdir -p "$root/tmp/.X11-unix"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

echo "== no Python in the chroot:"
in_root sh -c 'command -v python3 python || echo "none found"'
echo "== apt-get install ./$(basename "$deb")"
in_root apt-get update -qq
in_root sh -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/$(basename "$deb") >/tmp/install.log 2>&1 || { tail -20 /tmp/install.log; exit 1; }"
in_root sh -c "grep -c '^Setting up' /tmp/install.log | sed 's/^/packages set up: /'"
in_root sh -c 'id learner >/dev/null 2>&1 || useradd -m learner'
as_learner() { in_root su learner -s /bin/sh -c "$1"; }

echo "== --version and --self-test as a normal user:"
as_learner 'koryo-desktop --version'
as_learner 'koryo-desktop --self-test --lang ko --open people/nam-il'

echo "== from the menu (the Exec line of koryo-desktop.desktop) in a real X window:"
Xvfb $display -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 2
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/koryo-desktop.desktop" | head -1)
as_learner "DISPLAY=$display $exec_line --lang ru >/tmp/app.log 2>&1 & echo \$! >/tmp/app.pid"
sleep 8
DISPLAY=$display import -window root "$shot"
echo "screenshot: $shot"
in_root sh -c 'kill $(cat /tmp/app.pid) && sleep 1; cat /tmp/app.log'

echo "== apt-get purge koryo-desktop:"
in_root dpkg -L koryo-desktop >"$root/tmp/files.txt"
in_root sh -c 'DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq koryo-desktop >/dev/null'
left=$(in_root sh -c 'for f in $(cat /tmp/files.txt); do [ "$f" = /. ] || [ -d "$f" ] && continue; [ -e "$f" ] && echo "$f"; done; [ -e /opt/koryo-desktop ] && echo /opt/koryo-desktop; dpkg -s koryo-desktop 2>/dev/null | head -1' || true)
if [ -n "$left" ]; then echo "left behind:"; echo "$left"; exit 1; fi
echo "purged: none of the package's $(wc -l <"$root/tmp/files.txt") paths is left, /opt/koryo-desktop is gone"
# back to a bare system for the next run: the libraries apt pulled in go too
in_root sh -c 'DEBIAN_FRONTEND=noninteractive apt-get autoremove --purge -y -qq >/dev/null'
