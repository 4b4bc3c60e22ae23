"""Files named in another server's post or meeting, as `remote_files` records them."""

from __future__ import annotations

from federation import vocab
from server.services import remote_files

# What Mastodon, Lemmy, PieFed, Friendica and Mobilizon send as a file or a picture.
FILE_TYPES = frozenset({"Image", "Document", "Audio", "Video"})


def remote_file(attachment: vocab.Attachment) -> remote_files.RemoteFile:
    return remote_files.RemoteFile(
        url=attachment.url,
        media_type=attachment.media_type,
        name=attachment.name,
        summary=attachment.summary,
        license=attachment.license,
        width=attachment.width,
        height=attachment.height,
    )
