"""Default texts of the surat dinas, one Jinja2 template per kind (balasan, terlapor, penerusan).

Each template fills the blocks ``hal``, ``kepada``, ``di``, ``isi``, ``tembusan`` and
``lampiran``; ``[[ ... ]]`` marks a part the clerk must still write before the letter is sent.
"""
