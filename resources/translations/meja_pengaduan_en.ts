<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name>AdminMenu</name>
    <message>
        <location filename="../../desktop/views/signed_in.py" line="66"/>
        <source>&amp;Admin</source>
        <translation>&amp;Admin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signed_in.py" line="67"/>
        <source>Kelola &amp;pengguna…</source>
        <translation>Manage &amp;users…</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="289"/>
        <source>Admin pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="292"/>
        <source>Admin menambah pengguna lain dan mengatur aplikasi. Kolom bertanda * wajib diisi.</source>
        <translation>The administrator adds the other users and configures the application. Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="297"/>
        <source>18 angka, boleh dikosongkan</source>
        <translation>18 digits, may be left empty</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="300"/>
        <source>misalnya Penata Muda (III/a)</source>
        <translation>e.g. Penata Muda (III/a)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="304"/>
        <source>&amp;Nama lengkap *</source>
        <translation>Full &amp;name *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="305"/>
        <source>N&amp;IP</source>
        <translation>N&amp;IP</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="306"/>
        <source>&amp;Jabatan</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="307"/>
        <source>Pang&amp;kat/golongan</source>
        <translation>Ran&amp;k/grade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="308"/>
        <source>&amp;PIN *</source>
        <translation>&amp;PIN *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="309"/>
        <source>&amp;Ulangi PIN *</source>
        <translation>&amp;Repeat PIN *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="313"/>
        <source>PIN terdiri dari 4 sampai 8 angka dan diminta setiap kali masuk. Jangan memakai tanggal lahir atau 1234.</source>
        <translation>The PIN has 4 to 8 digits and is asked at every sign-in. Do not use a birth date or 1234.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="348"/>
        <source>PIN tidak sama; ketik ulang PIN yang sama.</source>
        <translation>The PINs differ; type the same PIN again.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/views/app.py" line="82"/>
        <source>Berkas SOP tidak dapat dipakai</source>
        <translation>SOP file cannot be used</translation>
    </message>
    <message>
        <location filename="../../desktop/views/app.py" line="83"/>
        <source>%1 berkas SOP tambahan tidak dapat dimuat dan dilewati; SOP lainnya tetap ditampilkan. Perbaiki berkas pada baris yang disebut lalu buka ulang aplikasi.

%2</source>
        <translation>%1 extra SOP file(s) could not be loaded and were skipped; the other SOPs are still shown. Fix the file at the line mentioned, then reopen the application.

%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/app.py" line="253"/>
        <source>Data kantor belum tiba</source>
        <translation>Office data has not arrived yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/app.py" line="254"/>
        <source>PC ini sudah tergabung, tetapi data kantor belum ada di folder bersama. Sinkronkan PC pertama kantor, lalu buka aplikasi ini lagi.</source>
        <translation>This PC has joined, but the office data is not in the shared folder yet. Sync the office&apos;s first PC, then open this app again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/app.py" line="313"/>
        <source>Basis data di %1 tidak dapat dibuka (%2). Tidak ada yang diubah. Laporkan pesan ini kepada petugas TI.</source>
        <translation>The database in %1 cannot be opened (%2). Nothing was changed. Report this message to your IT staff.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/app.py" line="328"/>
        <source>Basis data tidak dapat dibuka</source>
        <translation>Database cannot be opened</translation>
    </message>
</context>
<context>
    <name>AttachmentPicker</name>
    <message>
        <location filename="../../desktop/views/attachment_picker.py" line="35"/>
        <source>Tambah &amp;berkas…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachment_picker.py" line="36"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachment_picker.py" line="54"/>
        <source>Pilih lampiran</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachment_picker.py" line="56"/>
        <source>Semua berkas (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>BackgroundCall</name>
    <message>
        <location filename="../../desktop/views/sync_worker.py" line="258"/>
        <source>Gagal (%1). Tidak ada data yang hilang; rincian tercatat di berkas log.</source>
        <translation>Failed (%1). No data was lost; details are in the log file.</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../desktop/views/batch_print.py" line="211"/>
        <source>Cetak Lembar Disposisi hari ini</source>
        <translation>Print today&apos;s disposition sheets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/batch_print.py" line="216"/>
        <source>Lembar Disposisi untuk &lt;b&gt;%1&lt;/b&gt; pengaduan yang diterima hari ini (%2), urut nomor agenda.</source>
        <translation>Disposition sheets for the &lt;b&gt;%1&lt;/b&gt; complaints received today (%2), in agenda number order.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/batch_print.py" line="224"/>
        <source>Belum ada pengaduan yang diterima hari ini (%1).</source>
        <translation>No complaints have been received today (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/batch_print.py" line="226"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/batch_print.py" line="227"/>
        <source>Simpan sebagai &amp;satu PDF…</source>
        <translation>Save as &amp;one PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/batch_print.py" line="232"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/batch_print.py" line="232"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/batch_print.py" line="247"/>
        <source>Simpan sebagai satu PDF</source>
        <translation>Save as one PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/views/batch_print.py" line="249"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/batch_print.py" line="270"/>
        <source>Menyiapkan…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/batch_print.py" line="279"/>
        <source>Menghentikan setelah lembar yang sedang dicetak…</source>
        <translation>Stopping after the sheet being printed…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/batch_print.py" line="286"/>
        <source>%1 dari %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/batch_print.py" line="289"/>
        <source>Mencetak… %1</source>
        <translation>Printing… %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/batch_print.py" line="297"/>
        <source>Dihentikan: %1 dari %2 lembar tercetak; sisanya tidak dicetak.</source>
        <translation>Stopped: %1 of %2 sheets printed; the rest were not printed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/batch_print.py" line="303"/>
        <source>Selesai: %1 lembar disposisi tercetak.</source>
        <translation>Done: %1 disposition sheets printed.</translation>
    </message>
</context>
<context>
    <name>BatchPrintTask</name>
    <message>
        <location filename="../../desktop/views/batch_print.py" line="138"/>
        <source>Pencetakan berhenti setelah %1 dari %2 dokumen: %3</source>
        <translation>Printing stopped after %1 of %2 documents: %3</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="101"/>
        <source>Pilih lampiran</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="101"/>
        <source>Semua berkas (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_actions.py" line="114"/>
        <source>Tidak dapat disimpan</source>
        <translation>Cannot be saved</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="178"/>
        <source>Saluran:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="179"/>
        <source>Diterima:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="180"/>
        <source>Pelapor:</source>
        <translation>Complainant:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="181"/>
        <source>Kontak:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="182"/>
        <source>Alamat:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="183"/>
        <source>NIK:</source>
        <translation>NIK (ID number):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="184"/>
        <source>Terlapor:</source>
        <translation>Complained about:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="185"/>
        <source>Perihal:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="186"/>
        <source>Isi:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="187"/>
        <source>Bidang:</source>
        <translation>Division:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="188"/>
        <source>Surat:</source>
        <translation>Letter:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="189"/>
        <source>Nomor LAPOR!:</source>
        <translation>LAPOR! number:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="190"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="196"/>
        <source>Posisi pada alur SOP</source>
        <translation>Position in the SOP flow</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="197"/>
        <source>Lihat di &amp;bagan</source>
        <translation>Show on &amp;chart</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="198"/>
        <source>&lt;b&gt;Riwayat&lt;/b&gt;</source>
        <translation>&lt;b&gt;History&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="200"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="200"/>
        <source>Kejadian</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="200"/>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="200"/>
        <source>Atas nama</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="202"/>
        <source>&lt;b&gt;Lampiran&lt;/b&gt; (Enter atau klik ganda: buka)</source>
        <translation>&lt;b&gt;Attachments&lt;/b&gt; (Enter or double-click: open)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="203"/>
        <source>Dokumen:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="211"/>
        <source>&lt;b&gt;Perubahan bersamaan dari PC lain&lt;/b&gt;&lt;br&gt;Isian berikut diubah pada dua PC sekaligus. Yang tampil adalah nilai yang menang; pilih nilai yang benar.</source>
        <translation>&lt;b&gt;Simultaneous changes from another PC&lt;/b&gt;&lt;br&gt;These fields were changed on two PCs at once. The value shown is the one that won; choose the correct value.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="231"/>
        <source>Pilih pengaduan pada daftar untuk melihat rinciannya.</source>
        <translation>Select a complaint in the list to see its details.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="257"/>
        <source> (dirahasiakan bagi pimpinan)</source>
        <translation> (hidden from the head of office)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="294"/>
        <source>Tidak ada langkah berjalan (pengaduan ditutup).</source>
        <translation>No step in progress (complaint closed).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="299"/>
        <source>Pelaksana: %1</source>
        <translation>Performed by: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="300"/>
        <source>Mulai: %1</source>
        <translation>Started: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="303"/>
        <source>Batas waktu: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="311"/>
        <source>Dijeda sejak %1</source>
        <translation>Paused since %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="315"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="321"/>
        <source>&lt;b&gt;Batas waktu keseluruhan&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Overall deadlines&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="332"/>
        <source>%1 (diabaikan: %2)</source>
        <translation>%1 (ignored: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="371"/>
        <source>Tampil sekarang</source>
        <translation>Shown now</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="378"/>
        <source>Nilai lain</source>
        <translation>Other value</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="380"/>
        <source>%1 oleh %2, %3</source>
        <translation>%1 by %2, %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="392"/>
        <source>Pakai nilai ini</source>
        <translation>Use this value</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="407"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="408"/>
        <source>Isi</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="409"/>
        <source>Bidang</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="410"/>
        <source>Nomor LAPOR!</source>
        <translation>LAPOR! number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="411"/>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="417"/>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="435"/>
        <source>(belum tiba dari PC lain — akan diambil pada sinkronisasi berikutnya)</source>
        <translation>(not yet arrived from another PC — it will be fetched at the next sync)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="449"/>
        <source>Selesaikan langkah %1</source>
        <translation>Complete step %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="452"/>
        <source>Catat disposisi</source>
        <translation>Record disposition</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="453"/>
        <source>Jeda (menunggu pelapor)</source>
        <translation>Pause (waiting for complainant)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="454"/>
        <source>Lanjutkan</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="455"/>
        <source>Tutup pengaduan</source>
        <translation>Close complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="456"/>
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="457"/>
        <source>Tambah catatan</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="458"/>
        <source>Tambah lampiran</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="459"/>
        <source>Ubah data</source>
        <translation>Edit data</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="479"/>
        <source>Tanda Terima Pengaduan</source>
        <translation>Complaint Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="480"/>
        <source>Lembar Disposisi</source>
        <translation>Disposition Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="481"/>
        <source>Surat Dinas</source>
        <translation>Official Letter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="482"/>
        <source>Salinan Tembusan</source>
        <translation>Carbon Copies</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="483"/>
        <source>Lembar Arsip</source>
        <translation>Archive Slip</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="507"/>
        <source>Berkas ini belum tiba dari PC lain — akan diambil pada sinkronisasi berikutnya.</source>
        <translation>This file has not yet arrived from another PC — it will be fetched at the next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_detail.py" line="518"/>
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../../desktop/views/case_filter_bar.py" line="136"/>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_filter_bar.py" line="137"/>
        <source>nomor agenda, pelapor, perihal, isi …</source>
        <translation>agenda number, complainant, subject, content …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_filter_bar.py" line="138"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_filter_bar.py" line="139"/>
        <source>Sa&amp;luran:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_filter_bar.py" line="140"/>
        <source>&amp;Bidang:</source>
        <translation>&amp;Division:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_filter_bar.py" line="141"/>
        <source>&amp;Pelaksana:</source>
        <translation>&amp;Performer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_filter_bar.py" line="142"/>
        <source>&amp;Terlambat</source>
        <translation>&amp;Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_filter_bar.py" line="143"/>
        <source>&amp;Jatuh tempo hari ini</source>
        <translation>Due to&amp;day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_filter_bar.py" line="144"/>
        <source>&amp;Diterima</source>
        <translation>&amp;Received</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_filter_bar.py" line="145"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_filter_bar.py" line="146"/>
        <source>&amp;Hapus filter</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_filter_bar.py" line="151"/>
        <location filename="../../desktop/views/case_filter_bar.py" line="158"/>
        <location filename="../../desktop/views/case_filter_bar.py" line="175"/>
        <location filename="../../desktop/views/case_filter_bar.py" line="180"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_filter_bar.py" line="152"/>
        <source>Belum ditutup</source>
        <translation>Not closed</translation>
    </message>
</context>
<context>
    <name>CaseFlow</name>
    <message>
        <location filename="../../desktop/views/case_flow.py" line="58"/>
        <source>%1: selesai %2</source>
        <translation>%1: done %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_flow.py" line="61"/>
        <source>Cabang yang diambil: %1</source>
        <translation>Branch taken: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_flow.py" line="65"/>
        <source>%1: langkah saat ini</source>
        <translation>%1: current step</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_flow.py" line="67"/>
        <source>Batas waktu: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_flow.py" line="71"/>
        <source>TERLAMBAT</source>
        <translation>OVERDUE</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../desktop/views/case_list_model.py" line="237"/>
        <source>Nomor agenda</source>
        <translation>Agenda number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list_model.py" line="238"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list_model.py" line="239"/>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list_model.py" line="240"/>
        <source>Pelapor</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list_model.py" line="241"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list_model.py" line="242"/>
        <source>Bidang</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list_model.py" line="243"/>
        <source>Posisi</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list_model.py" line="244"/>
        <source>Batas waktu</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list_model.py" line="245"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list_model.py" line="290"/>
        <source>Terlambat sejak %1</source>
        <translation>Overdue since %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list_model.py" line="292"/>
        <source>Jatuh tempo hari ini</source>
        <translation>Due today</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../desktop/views/case_list_page.py" line="157"/>
        <source>&amp;Pengaduan baru</source>
        <translation>&amp;New complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list_page.py" line="159"/>
        <source>Catat pengaduan baru (%1)</source>
        <translation>Register a new complaint (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list_page.py" line="182"/>
        <source>%1 pengaduan</source>
        <translation>%1 complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list_page.py" line="184"/>
        <source>(%1 dimuat)</source>
        <translation>(%1 loaded)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_list_page.py" line="246"/>
        <source>Pengaduan tercatat dengan nomor agenda %1</source>
        <translation>Complaint registered with agenda number %1</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../desktop/views/case_dialogs.py" line="47"/>
        <source>Tutup pengaduan</source>
        <translation>Close complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_dialogs.py" line="51"/>
        <source>&amp;Hasil:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_dialogs.py" line="53"/>
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>CompleteStepDialog</name>
    <message>
        <location filename="../../desktop/views/step_dialog.py" line="37"/>
        <source>Selesaikan langkah %1 — %2</source>
        <translation>Complete step %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_dialog.py" line="43"/>
        <source>Langkah:</source>
        <translation>Step:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_dialog.py" line="44"/>
        <source>Pelaksana:</source>
        <translation>Performed by:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_dialog.py" line="56"/>
        <source>Hasil &amp;keputusan:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_dialog.py" line="58"/>
        <source>&amp;Atas nama:</source>
        <translation>On &amp;behalf of:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_dialog.py" line="62"/>
        <source>&amp;Waktu pelaksanaan:</source>
        <translation>&amp;Done at:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_dialog.py" line="65"/>
        <source>wajib bila waktu lebih dari 15 menit yang lalu</source>
        <translation>required when the time is more than 15 minutes ago</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_dialog.py" line="67"/>
        <source>Alasan dicatat &amp;mundur:</source>
        <translation>Reason for &amp;late recording:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_dialog.py" line="69"/>
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_dialog.py" line="71"/>
        <source>Lampiran:</source>
        <translation>Attachments:</translation>
    </message>
</context>
<context>
    <name>CreateOfficeDialog</name>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="201"/>
        <source>Folder &amp;bersama:</source>
        <translation>&amp;Shared folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="204"/>
        <source>Buat kantor di folder bersama</source>
        <translation>Create the office in a shared folder</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="207"/>
        <source>PC ini menjadi PC pertama kantor. Pilih folder bersama yang dapat dibuka semua PC kantor. Setelah itu cetak kartu bergabung untuk menggabungkan PC lain.</source>
        <translation>This PC becomes the office&apos;s first PC. Choose a shared folder that every office PC can open. Then print the join card to join the other PCs.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="214"/>
        <source>&amp;Buat kantor</source>
        <translation>&amp;Create office</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="95"/>
        <source>&lt;h2&gt;Dasbor pengaduan&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Complaints dashboard&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="97"/>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="98"/>
        <source>Dijeda (menunggu pelapor)</source>
        <translation>Paused (waiting for complainant)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="99"/>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="100"/>
        <source>Jatuh tempo hari ini</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="101"/>
        <source>Ditutup bulan ini</source>
        <translation>Closed this month</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="105"/>
        <source>Tampilkan daftarnya</source>
        <translation>Show the list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="106"/>
        <source>Per pelaksana (SOP yang berlaku)</source>
        <translation>Per performer (current SOP)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="142"/>
        <source>&lt;b&gt;Pelaksana&lt;/b&gt;</source>
        <translation>&lt;b&gt;Performer&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="143"/>
        <source>&lt;b&gt;Belum ditutup&lt;/b&gt;</source>
        <translation>&lt;b&gt;Not closed&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="144"/>
        <source>&lt;b&gt;Terlambat&lt;/b&gt;</source>
        <translation>&lt;b&gt;Overdue&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="236"/>
        <source>PC ini</source>
        <translation>This PC</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="237"/>
        <source>Beri PC ini kode pendek yang belum dipakai PC lain di kantor.</source>
        <translation>Give this PC a short code that no other PC of the office uses.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="247"/>
        <source>misalnya PC Tata Usaha lantai 1</source>
        <translation>e.g. Tata Usaha PC, first floor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="250"/>
        <source>Setiap PC di kantor memerlukan kodenya sendiri, misalnya TU1 untuk PC pertama dan TU2 untuk PC kedua. Kode ini menjadi bagian nomor agenda (ADU/2026/TU1/0001), sehingga dua PC yang bekerja terpisah tidak pernah memberi nomor yang sama. Kode terdiri dari 2 sampai 8 huruf besar atau angka dan tidak dapat diubah setelah penyiapan.</source>
        <translation>Each PC of the office needs its own code, e.g. TU1 for the first PC and TU2 for the second. The code is part of every agenda number (ADU/2026/TU1/0001), so two PCs working apart never hand out the same number. It has 2 to 8 capital letters or digits and cannot be changed after setup.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="258"/>
        <source>&amp;Kode PC *</source>
        <translation>PC &amp;code *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="259"/>
        <source>Nama &amp;PC</source>
        <translation>&amp;PC name</translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <location filename="../../desktop/views/disposition_dialog.py" line="54"/>
        <source>Lembar Disposisi — %1</source>
        <translation>Disposition sheet — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/disposition_dialog.py" line="59"/>
        <source>&amp;Dari:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/disposition_dialog.py" line="62"/>
        <source>pisahkan dengan koma, misalnya: %1</source>
        <translation>separate with commas, e.g.: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/disposition_dialog.py" line="67"/>
        <source>&amp;Kepada:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/disposition_dialog.py" line="80"/>
        <source>&amp;Sifat:</source>
        <translation>&amp;Urgency:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/disposition_dialog.py" line="89"/>
        <source>Dengan hormat &amp;harap:</source>
        <translation>&amp;Please:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/disposition_dialog.py" line="91"/>
        <source>&amp;Lainnya:</source>
        <translation>O&amp;ther:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/disposition_dialog.py" line="93"/>
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/disposition_dialog.py" line="97"/>
        <source>ada batas waktu</source>
        <translation>has a deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/views/disposition_dialog.py" line="107"/>
        <source>&amp;Batas waktu:</source>
        <translation>&amp;Deadline:</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../desktop/views/document_actions.py" line="44"/>
        <source>Lembar Disposisi</source>
        <translation>Disposition Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_actions.py" line="45"/>
        <source>Tanda Terima Pengaduan</source>
        <translation>Complaint Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_actions.py" line="46"/>
        <source>Lembar Arsip</source>
        <translation>Archive Slip</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_actions.py" line="47"/>
        <source>Surat Dinas</source>
        <translation>Official Letter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_actions.py" line="48"/>
        <source>Salinan Tembusan</source>
        <translation>Carbon Copies</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_actions.py" line="90"/>
        <source>Belum ada surat</source>
        <translation>No letter yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_actions.py" line="92"/>
        <source>Pengaduan ini belum memiliki surat dinas. Buat konsepnya lebih dahulu lewat tombol “Surat Dinas”.</source>
        <translation>This complaint has no official letter yet. Draft one first with the “Official Letter” button.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_actions.py" line="110"/>
        <source> (terkirim)</source>
        <translation> (sent)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_actions.py" line="115"/>
        <source>Surat baru…</source>
        <translation>New letter…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_actions.py" line="118"/>
        <source>Pilih surat</source>
        <translation>Choose a letter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/document_actions.py" line="119"/>
        <source>Surat pengaduan %1:</source>
        <translation>Letters of complaint %1:</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../desktop/views/edit_case_dialog.py" line="30"/>
        <source>Ubah data pengaduan — %1</source>
        <translation>Edit complaint data — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/edit_case_dialog.py" line="40"/>
        <source>Sa&amp;luran:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/edit_case_dialog.py" line="42"/>
        <source>&amp;Perihal:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/edit_case_dialog.py" line="45"/>
        <source>&amp;Isi pengaduan:</source>
        <translation>Complaint &amp;text:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/edit_case_dialog.py" line="50"/>
        <source>&amp;Bidang:</source>
        <translation>&amp;Division:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/edit_case_dialog.py" line="52"/>
        <source>nomor pelacakan LAPOR!</source>
        <translation>LAPOR! tracking number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/edit_case_dialog.py" line="53"/>
        <source>Nomor &amp;LAPOR!:</source>
        <translation>&amp;LAPOR! number:</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/views/form_dialog.py" line="65"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/form_dialog.py" line="66"/>
        <source>Simpan (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/form_dialog.py" line="67"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/form_dialog.py" line="140"/>
        <source>Tidak dapat disimpan</source>
        <translation>Cannot be saved</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="58"/>
        <source>Identitas SOP — %1</source>
        <translation>SOP identity — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="59"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="66"/>
        <source>Pemerintah</source>
        <translation>Government</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="67"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="68"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="69"/>
        <source>Nama SOP</source>
        <translation>SOP name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="70"/>
        <source>Nomor SOP</source>
        <translation>SOP number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="71"/>
        <source>Tanggal pembuatan</source>
        <translation>Date drawn up</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="72"/>
        <source>Tanggal revisi</source>
        <translation>Revision date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="73"/>
        <source>Tanggal efektif</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="74"/>
        <source>Disahkan oleh (jabatan)</source>
        <translation>Approved by (position)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="75"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="76"/>
        <source>Pangkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="77"/>
        <source>NIP</source>
        <translation>NIP (civil-servant ID)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="78"/>
        <source>Tujuan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="82"/>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="83"/>
        <source>Pengertian</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="84"/>
        <source>Kualifikasi pelaksana</source>
        <translation>Staff qualifications</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="85"/>
        <source>Keterkaitan</source>
        <translation>Related SOPs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="86"/>
        <source>Peralatan/perlengkapan</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="87"/>
        <source>Unit terkait</source>
        <translation>Related units</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="88"/>
        <source>Dokumen terkait</source>
        <translation>Related documents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="92"/>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="93"/>
        <source>Pencatatan dan pendataan</source>
        <translation>Recording and data keeping</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="96"/>
        <source>Revisi template</source>
        <translation>Template revision</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="108"/>
        <source>Catatan sumber</source>
        <translation>Source notes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/identity_dialog.py" line="112"/>
        <source>Sumber: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>JoinOfficeDialog</name>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="257"/>
        <source>&amp;Kode bergabung:</source>
        <translation>&amp;Join code:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="258"/>
        <source>Folder &amp;bersama:</source>
        <translation>&amp;Shared folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="264"/>
        <source>Kode &amp;PC ini:</source>
        <translation>&amp;This PC&apos;s code:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="269"/>
        <source>Gabung ke kantor</source>
        <translation>Join an office</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="272"/>
        <source>Ketik kode bergabung dari kartu bergabung (atau muat berkas PDF kartunya) dan folder bersama kantor. Pengguna, SOP dan pengaduan kantor datang pada sinkronisasi pertama.</source>
        <translation>Type the join code from the join card (or load the card&apos;s PDF file) and the office&apos;s shared folder. The office&apos;s users, SOP and complaints arrive with the first sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="277"/>
        <source>MP1-XXXX-XXXX-…</source>
        <translation>MP1-XXXX-XXXX-…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="278"/>
        <source>&amp;Muat dari kartu PDF…</source>
        <translation>&amp;Load from card PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="279"/>
        <source>mis. TU2</source>
        <translation>e.g. TU2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="281"/>
        <source>Kode pendek PC ini, berbeda dari PC lain; dipakai pada nomor agenda.</source>
        <translation>A short code for this PC, different from the other PCs; used in agenda numbers.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="286"/>
        <source>&amp;Gabung</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="290"/>
        <source>Muat kartu bergabung</source>
        <translation>Load join card</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="290"/>
        <source>Kartu bergabung (*.pdf)</source>
        <translation>Join card (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="313"/>
        <source>Ketik kode bergabung atau muat dari kartu PDF.</source>
        <translation>Type the join code or load it from the card PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="316"/>
        <source>Isi kode PC ini, misalnya TU2.</source>
        <translation>Enter this PC&apos;s code, for example TU2.</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="325"/>
        <source>&amp;Jenis surat:</source>
        <translation>Letter &amp;kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="326"/>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="327"/>
        <source>Te&amp;mpat:</source>
        <translation>Pl&amp;ace:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="328"/>
        <source>&amp;Sifat:</source>
        <translation>&amp;Classification:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="329"/>
        <source>&amp;Lampiran:</source>
        <translation>&amp;Enclosures:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="330"/>
        <source>&amp;Hal:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="331"/>
        <source>&amp;Kepada Yth.:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="332"/>
        <source>&amp;di:</source>
        <translation>&amp;in:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="333"/>
        <source>&amp;Isi surat:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="334"/>
        <source>Satu baris per baris alamat: nama atau jabatan dulu</source>
        <translation>One line per address line: name or position first</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="335"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="336"/>
        <source>tempat tujuan, misalnya Jambi (boleh kosong)</source>
        <translation>destination, e.g. Jambi (may be empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="337"/>
        <source>Penandatangan</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="338"/>
        <source>&amp;Pejabat:</source>
        <translation>&amp;Official:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="339"/>
        <source>a.&amp;n.:</source>
        <translation>&amp;On behalf of:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="340"/>
        <source>kosong bila pejabat menandatangani sendiri</source>
        <translation>empty when the official signs in person</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="341"/>
        <source>Tembusan</source>
        <translation>Copies to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="343"/>
        <source>Versi tersimpan</source>
        <translation>Saved versions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="344"/>
        <source>&amp;Simpan konsep</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="345"/>
        <source>&amp;Pratinjau</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="346"/>
        <source>Tandai &amp;terkirim…</source>
        <translation>Mark as s&amp;ent…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="347"/>
        <source>T&amp;utup</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="410"/>
        <source>Masih harus diisi: %1</source>
        <translation>Still to be written: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="425"/>
        <source>&lt;h3&gt;Surat baru — pengaduan %1&lt;/h3&gt;&lt;p&gt;Nomor diberikan saat disimpan (perkiraan: %2).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;New letter — complaint %1&lt;/h3&gt;&lt;p&gt;The number is given when saved (expected: %2).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="431"/>
        <source>Surat baru — %1</source>
        <translation>New letter — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="434"/>
        <source>terkirim %1</source>
        <translation>sent %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="436"/>
        <source>konsep</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="439"/>
        <source>&lt;h3&gt;Surat %1&lt;/h3&gt;&lt;p&gt;%2 — pengaduan %3 — %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Letter %1&lt;/h3&gt;&lt;p&gt;%2 — complaint %3 — %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="445"/>
        <source>Surat %1</source>
        <translation>Letter %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="448"/>
        <source>Versi %1 — %2</source>
        <translation>Version %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="451"/>
        <source> (terkirim)</source>
        <translation> (sent)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="454"/>
        <source>Belum disimpan</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="558"/>
        <source>Ada perubahan yang belum disimpan. Simpan konsep dulu, lalu tandai terkirim.</source>
        <translation>There are unsaved changes. Save the draft first, then mark it as sent.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="71"/>
        <source>Masuk — %1</source>
        <translation>Sign in — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="85"/>
        <source>Memuat daftar pengguna…</source>
        <translation>Loading users…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="93"/>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="94"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="96"/>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="99"/>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="131"/>
        <source>Belum ada pengguna aktif. Hubungi admin kantor.</source>
        <translation>There are no active users. Contact the office administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="152"/>
        <source>Ketik PIN Anda.</source>
        <translation>Type your PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="164"/>
        <source>Nama pengguna atau PIN salah.</source>
        <translation>Wrong user or PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="181"/>
        <source>Nama pengguna atau PIN salah %1 kali berturut-turut. Tunggu %2 detik sebelum mencoba lagi.</source>
        <translation>Wrong user or PIN %1 times in a row. Wait %2 seconds before trying again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="196"/>
        <source>Silakan coba lagi.</source>
        <translation>Please try again.</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="111"/>
        <source>Pilih &amp;gambar…</source>
        <translation>Choose &amp;image…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="112"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="135"/>
        <source>(tanpa
logo)</source>
        <translation>(no
logo)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="136"/>
        <source>Logo dipakai pada kop surat. Boleh dikosongkan.</source>
        <translation>The logo is printed on the letterhead. Optional.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="160"/>
        <source>Pilih logo kantor</source>
        <translation>Choose the office logo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="162"/>
        <source>Gambar (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="166"/>
        <source>Berkas %1 bukan gambar yang dapat dibaca; pilih PNG atau JPG.</source>
        <translation>%1 is not a readable image; choose a PNG or JPG file.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="153"/>
        <location filename="../../desktop/views/main_window.py" line="399"/>
        <source>Daftar Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="155"/>
        <source>Segera hadir: pencatatan pengaduan. Pada versi berikutnya Anda dapat mencatat pengaduan dari semua saluran dan melihat posisinya pada alur SOP.</source>
        <translation>Coming soon: complaint registration. In the next version you can register complaints from every channel and see where each one stands on the SOP flow.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="164"/>
        <location filename="../../desktop/views/main_window.py" line="400"/>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="166"/>
        <source>Segera hadir: dasbor tenggat. Pada versi berikutnya Anda dapat melihat pengaduan yang jatuh tempo dan yang terlambat.</source>
        <translation>Coming soon: the deadline dashboard. In the next version you can see which complaints are due and which are overdue.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="379"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="380"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="381"/>
        <source>B&amp;ahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="382"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="383"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="384"/>
        <source>&amp;Pengaduan baru…</source>
        <translation>&amp;New complaint…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="385"/>
        <source>&amp;Cetak Lembar Disposisi hari ini…</source>
        <translation>&amp;Print today&apos;s disposition sheets…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="387"/>
        <source>Cetak lembar disposisi semua pengaduan yang diterima hari ini</source>
        <translation>Print the disposition sheets of all complaints received today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="389"/>
        <source>Identitas SOP</source>
        <translation>SOP identity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="391"/>
        <source>Nomor, tanggal, pengesahan dan dasar hukum SOP ini</source>
        <translation>Number, dates, approval and legal basis of this SOP</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="393"/>
        <source>&amp;Tentang Meja Pengaduan</source>
        <translation>&amp;About Meja Pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="394"/>
        <source>Bilah alat</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="395"/>
        <source>SOP:</source>
        <translation>SOP:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="396"/>
        <source>Pilih SOP yang ditampilkan</source>
        <translation>Choose the SOP to show</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="398"/>
        <source>Alur SOP</source>
        <translation>SOP flow</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="405"/>
        <source>Segera hadir pada versi berikutnya</source>
        <translation>Coming in the next version</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="468"/>
        <source>Bagan tidak dapat digambar</source>
        <translation>Chart cannot be drawn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="470"/>
        <source>Bagan SOP “%1” tidak dapat digambar (%2). Rincian tercatat di berkas log; laporkan kepada pengelola aplikasi.</source>
        <translation>The chart of SOP “%1” cannot be drawn (%2). Details are in the log file; please report this to the application maintainer.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="499"/>
        <source>Tentang Meja Pengaduan</source>
        <translation>About Meja Pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="502"/>
        <source>Versi %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="504"/>
        <source>Penanganan pengaduan masyarakat sesuai SOP kantor (Permenpan RB 35/2012), tanpa internet.</source>
        <translation>Handling public complaints by the office SOP (Permenpan RB 35/2012), without internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="537"/>
        <source>Belum ada SOP yang dimuat.</source>
        <translation>No SOP loaded yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="540"/>
        <source>%1 — %2 langkah, %3 pelaksana</source>
        <translation>%1 — %2 steps, %3 actors</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="545"/>
        <source>Folder data: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="549"/>
        <source>Perbesaran (100% = ukuran cetak)</source>
        <translation>Zoom (100% = printed size)</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/views/case_dialogs.py" line="83"/>
        <source>Tambah catatan</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_dialogs.py" line="85"/>
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="121"/>
        <source>Folder bersama dapat berupa folder jaringan (\\NAMA-PC\Pengaduan), drive jaringan (Z:\Pengaduan), atau flashdisk (E:\) yang dibawa dari PC ke PC. Setiap PC hanya menulis ke foldernya sendiri di dalamnya; isinya tersandi.</source>
        <translation>The shared folder can be a network folder (\\PC-NAME\Pengaduan), a network drive (Z:\Pengaduan) or a USB stick (E:\) carried from PC to PC. Each PC writes only to its own folder inside it; the contents are encrypted.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="129"/>
        <source>Menghubungi folder bersama…</source>
        <translation>Contacting the shared folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="134"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="138"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="147"/>
        <source>Isi jalur folder bersama atau pilih foldernya.</source>
        <translation>Enter the shared folder path or choose the folder.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="177"/>
        <source>Identitas kantor</source>
        <translation>Office identity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="180"/>
        <source>Data ini dipakai pada kop surat, lembar disposisi dan laporan. Kolom bertanda * wajib diisi.</source>
        <translation>Used on letterheads, disposition sheets and reports. Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="185"/>
        <source>Pemerintah Kabupaten Contoh</source>
        <translation>Pemerintah Kabupaten Contoh</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="187"/>
        <source>Dinas Kesehatan</source>
        <translation>Dinas Kesehatan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="189"/>
        <source>Jalan, nomor, kode pos</source>
        <translation>Street, number, postcode</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="194"/>
        <source>Tempat penandatanganan surat, misalnya Martapura</source>
        <translation>Where letters are signed, e.g. Martapura</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="197"/>
        <source>&amp;Pemerintah daerah *</source>
        <translation>&amp;Local government *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="198"/>
        <source>&amp;Nama dinas *</source>
        <translation>Office &amp;name *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="199"/>
        <source>&amp;Alamat</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="200"/>
        <source>&amp;Telepon</source>
        <translation>&amp;Telephone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="201"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="202"/>
        <source>&amp;Situs web</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="203"/>
        <source>&amp;Kota</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="204"/>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../desktop/views/case_dialogs.py" line="31"/>
        <source>Jeda pengaduan</source>
        <translation>Pause complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_dialogs.py" line="32"/>
        <source>Menunggu tanggapan pelapor</source>
        <translation>Waiting for the complainant&apos;s reply</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_dialogs.py" line="34"/>
        <source>&amp;Alasan:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="203"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="204"/>
        <source>Perkecil (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="205"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="206"/>
        <source>Perbesar (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="207"/>
        <source>Sesuai lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="208"/>
        <source>Halaman selebar jendela (Ctrl+0)</source>
        <translation>Page as wide as the window (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="209"/>
        <source>Satu halaman</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="210"/>
        <source>Seluruh halaman terlihat (Ctrl+9)</source>
        <translation>Show the whole page (Ctrl+9)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="211"/>
        <source>Menyiapkan dokumen…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="212"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="213"/>
        <source>&amp;Simpan sebagai PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="214"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="216"/>
        <location filename="../../desktop/views/pdf_preview.py" line="224"/>
        <source>Pratinjau dokumen</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="242"/>
        <source>&lt;b&gt;Dokumen tidak dapat ditampilkan.&lt;/b&gt;&lt;br&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;The document cannot be shown.&lt;/b&gt;&lt;br&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="305"/>
        <source>Halaman %1 dari %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="337"/>
        <source>Cetak %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="346"/>
        <source>Tidak dapat mencetak</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="355"/>
        <source>Tidak dapat menyimpan</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="366"/>
        <source>Simpan sebagai PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="368"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Peran</name>
    <message>
        <location filename="../../desktop/views/role_names.py" line="14"/>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/views/role_names.py" line="15"/>
        <source>Petugas pengaduan</source>
        <translation>Complaint officer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/role_names.py" line="16"/>
        <source>Pimpinan (hanya baca)</source>
        <translation>Management (read only)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/role_names.py" line="25"/>
        <source>Mencatat pengaduan, mengelola pengguna dan mengatur aplikasi.</source>
        <translation>Records complaints, manages users and configures the application.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/role_names.py" line="28"/>
        <source>Mencatat pengaduan dan langkah penanganannya.</source>
        <translation>Records complaints and the steps taken on them.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/role_names.py" line="29"/>
        <source>Melihat pengaduan dan dasbor tanpa mengubah data; identitas pelapor rahasia disamarkan.</source>
        <translation>Views complaints and the dashboard without changing data; confidential complainants are masked.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desktop/views/printing.py" line="56"/>
        <source>Dokumen PDF tidak dapat dibaca; buat ulang dokumennya.</source>
        <translation>The PDF document cannot be read; make the document again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="111"/>
        <source>Halaman %1 tidak dapat digambar untuk dicetak.</source>
        <translation>Page %1 cannot be drawn for printing.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="166"/>
        <source>Printer tidak dapat dibuka. Periksa apakah printer menyala dan terhubung, atau pilih printer lain; bila menyimpan ke PDF, periksa folder tujuannya.</source>
        <translation>The printer cannot be opened. Check that it is on and connected, or choose another printer; when saving to PDF, check the destination folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="180"/>
        <source>Printer menolak halaman berikutnya; pencetakan dihentikan.</source>
        <translation>The printer refused the next page; printing stopped.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="259"/>
        <source>tidak ada izin menulis di sana, atau berkas itu sedang dibuka program lain</source>
        <translation>there is no permission to write there, or the file is open in another program</translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="264"/>
        <source>foldernya tidak ditemukan</source>
        <translation>the folder was not found</translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="268"/>
        <source>Berkas %1 tidak dapat disimpan di %2: %3. Pilih folder lain (misalnya Dokumen) lalu simpan lagi; dokumen ini tetap terbuka.</source>
        <translation>The file %1 cannot be saved in %2: %3. Choose another folder (for example Documents) and save again; this document stays open.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="55"/>
        <source>Pengaduan baru</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="81"/>
        <source>Sa&amp;luran:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="85"/>
        <source>&amp;Diterima:</source>
        <translation>&amp;Received:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="92"/>
        <source>Nomor surat:</source>
        <translation>Letter number:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="93"/>
        <source>Tanggal surat:</source>
        <translation>Letter date:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="94"/>
        <source>Asal surat:</source>
        <translation>Letter from:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="97"/>
        <source>nomor pelacakan LAPOR!</source>
        <translation>LAPOR! tracking number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="99"/>
        <source>Nomor LAPOR!:</source>
        <translation>LAPOR! number:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="104"/>
        <source>Pelapor</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="107"/>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="109"/>
        <source>&amp;Anonim</source>
        <translation>&amp;Anonymous</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="110"/>
        <source>&amp;Rahasiakan identitas</source>
        <translation>Keep identity &amp;confidential</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="112"/>
        <source>Nama dan kontak pelapor tidak tampil bagi pimpinan dan pada dokumen keluar</source>
        <translation>The complainant&apos;s name and contact are hidden from the head of office and on outgoing documents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="119"/>
        <source>telepon / WhatsApp / email</source>
        <translation>phone / WhatsApp / email</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="120"/>
        <source>&amp;Kontak:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="122"/>
        <source>Ala&amp;mat:</source>
        <translation>Addr&amp;ess:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="125"/>
        <source>16 angka, bila ada</source>
        <translation>16 digits, if known</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="126"/>
        <source>NI&amp;K:</source>
        <translation>NI&amp;K:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="131"/>
        <source>&amp;Terlapor (pihak yang diadukan, bila ada)</source>
        <translation>Complained-about &amp;party (if any)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="138"/>
        <source>Nama / unit:</source>
        <translation>Name / unit:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="140"/>
        <source>Alamat:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="150"/>
        <source>&amp;Perihal:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="152"/>
        <source>&amp;Isi pengaduan:</source>
        <translation>Complaint &amp;text:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="157"/>
        <source>&amp;Bidang:</source>
        <translation>&amp;Division:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="159"/>
        <source>Lampiran:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="207"/>
        <source>Nomor LAPOR! sudah tercatat</source>
        <translation>LAPOR! number already recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/views/register_dialog.py" line="208"/>
        <source>Nomor LAPOR! %1 sudah tercatat pada %2. Tetap catat sebagai pengaduan baru?</source>
        <translation>LAPOR! number %1 is already recorded on %2. Register it as a new complaint anyway?</translation>
    </message>
</context>
<context>
    <name>RenderTask</name>
    <message>
        <location filename="../../desktop/views/pdf_preview.py" line="80"/>
        <source>Dokumen tidak dapat dibuat (%1). Rincian tercatat di berkas log; laporkan kepada pengelola aplikasi.</source>
        <translation>The document cannot be made (%1). Details are in the log file; report it to the application administrator.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../desktop/views/case_dialogs.py" line="68"/>
        <source>Buka kembali pengaduan</source>
        <translation>Reopen complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/views/case_dialogs.py" line="70"/>
        <source>&amp;Alasan:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>SentDateDialog</name>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="144"/>
        <source>Tandai surat terkirim</source>
        <translation>Mark letter as sent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="149"/>
        <source>Setelah ditandai terkirim, surat tidak dapat diubah lagi. Tanggal surat ditandatangani dan dikirim:</source>
        <translation>Once marked as sent, the letter can no longer be changed. Date the letter was signed and sent:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="162"/>
        <source>Tandai terkirim</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="163"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SessionLabel</name>
    <message>
        <location filename="../../desktop/views/signed_in.py" line="41"/>
        <source>Masuk sebagai %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="98"/>
        <source>Penyiapan Meja Pengaduan</source>
        <translation>Meja Pengaduan setup</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="121"/>
        <source>PC ini bergabung ke kantor yang sudah ada…</source>
        <translation>This PC joins an existing office…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="128"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="129"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="130"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="131"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="152"/>
        <source>Pemerintah daerah</source>
        <translation>Local government</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="153"/>
        <source>Nama dinas</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="154"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="155"/>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="156"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="157"/>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="158"/>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="159"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="159"/>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="160"/>
        <source>Kode PC</source>
        <translation>PC code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="161"/>
        <source>Nama PC</source>
        <translation>PC name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="162"/>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="163"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="164"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="165"/>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="166"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="167"/>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="168"/>
        <source>Contoh nomor agenda</source>
        <translation>Sample agenda number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="185"/>
        <source>Penyiapan tidak dapat disimpan</source>
        <translation>Setup cannot be saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="246"/>
        <source>Batalkan penyiapan?</source>
        <translation>Cancel setup?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="248"/>
        <source>Isian penyiapan belum disimpan dan akan hilang. Aplikasi ditutup; penyiapan dapat diulang kapan saja dengan membuka aplikasi lagi.</source>
        <translation>What you typed has not been saved and will be lost. The application closes; you can run the setup again any time by opening it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="251"/>
        <source>&amp;Batalkan penyiapan</source>
        <translation>&amp;Cancel setup</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="252"/>
        <source>&amp;Lanjutkan mengisi</source>
        <translation>&amp;Keep filling in</translation>
    </message>
</context>
<context>
    <name>SharePathField</name>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="53"/>
        <source>\\PC-TU1\Pengaduan atau Z:\Pengaduan</source>
        <translation>\\PC-TU1\Pengaduan or Z:\Pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="54"/>
        <source>Pilih &amp;folder…</source>
        <translation>Choose &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/office_dialog.py" line="58"/>
        <source>Pilih folder bersama</source>
        <translation>Choose the shared folder</translation>
    </message>
</context>
<context>
    <name>SopPage</name>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="397"/>
        <source>SOP dan nomor agenda</source>
        <translation>SOP and agenda number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="400"/>
        <source>Pilih SOP penanganan pengaduan yang dipakai kantor ini. SOP dapat diganti kemudian.</source>
        <translation>Choose the complaint-handling SOP this office follows. It can be changed later.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="404"/>
        <source>SOP &amp;bawaan:</source>
        <translation>&amp;Bundled SOP:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="405"/>
        <source>Berkas SOP &amp;sendiri (.yaml):</source>
        <translation>The office&apos;s &amp;own SOP file (.yaml):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="411"/>
        <source>Lokasi berkas .yaml</source>
        <translation>Location of the .yaml file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="412"/>
        <source>&amp;Pilih berkas…</source>
        <translation>C&amp;hoose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="421"/>
        <source>&amp;Format nomor agenda</source>
        <translation>Agenda number &amp;format</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="422"/>
        <source>Contoh nomor:</source>
        <translation>Sample number:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="437"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="437"/>
        <source>Judul SOP</source>
        <translation>SOP title</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="437"/>
        <source>Langkah</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="462"/>
        <source>Isian format: {tahun}, {perangkat} (kode PC) dan {nomor:04d} (nomor urut empat angka, mulai dari 1 setiap tahun).</source>
        <translation>Format fields: {tahun} (year), {perangkat} (PC code) and {nomor:04d} (four-digit running number, from 1 each year).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="487"/>
        <source>Pilih berkas SOP</source>
        <translation>Choose an SOP file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="487"/>
        <source>Berkas SOP (*.yaml *.yml)</source>
        <translation>SOP files (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="523"/>
        <source>Pilih salah satu SOP bawaan.</source>
        <translation>Choose one of the bundled SOPs.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="530"/>
        <source>Pilih berkas SOP (.yaml) milik kantor.</source>
        <translation>Choose the office&apos;s SOP file (.yaml).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="537"/>
        <source>Berkas SOP ini tidak dapat dipakai. Perbaiki baris yang disebut:</source>
        <translation>This SOP file cannot be used. Fix the lines named:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_pages.py" line="556"/>
        <source>(format belum benar)</source>
        <translation>(format not valid yet)</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="18"/>
        <source>Kapsul (mulai/selesai)</source>
        <translation>Capsule (start/end)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="19"/>
        <source>Persegi panjang (proses)</source>
        <translation>Rectangle (process)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="20"/>
        <source>Belah ketupat (keputusan)</source>
        <translation>Diamond (decision)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="21"/>
        <source>Segitiga terbalik (arsip)</source>
        <translation>Inverted triangle (archive)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="22"/>
        <source>Segi lima (penghubung antarhalaman)</source>
        <translation>Pentagon (off-page connector)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="31"/>
        <source>Lembar Disposisi</source>
        <translation>Disposition sheet (Lembar Disposisi)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="32"/>
        <source>Tanda terima untuk pelapor</source>
        <translation>Receipt for the complainant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="35"/>
        <source>Surat dinas</source>
        <translation>Official letter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="36"/>
        <source>Tembusan</source>
        <translation>Copies (tembusan)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="37"/>
        <source>Label arsip</source>
        <translation>Archive label</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="119"/>
        <source>Rincian langkah</source>
        <translation>Step details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="122"/>
        <source>Klik sebuah langkah pada bagan untuk melihat rinciannya.</source>
        <translation>Click a step in the chart to see its details.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="127"/>
        <source>Langkah %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="129"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="130"/>
        <source>Pelaksana</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="131"/>
        <source>Simbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="132"/>
        <source>Kelengkapan</source>
        <translation>Required inputs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="133"/>
        <source>Waktu</source>
        <translation>Time standard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="134"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="135"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="136"/>
        <source>Langkah berikutnya</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="137"/>
        <source>Dokumen yang tersedia</source>
        <translation>Documents available</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="148"/>
        <source>tidak disebutkan</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="155"/>
        <source>Juga melibatkan: %1</source>
        <translation>Also involves: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="162"/>
        <source>tidak ditetapkan dalam SOP</source>
        <translation>not set in the SOP</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="167"/>
        <source>(dibaca sebagai %1)</source>
        <translation>(read as %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="172"/>
        <source>Alur selesai di langkah ini.</source>
        <translation>The flow ends at this step.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="189"/>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="44"/>
        <source>Periksa sekali lagi</source>
        <translation>Check once more</translation>
    </message>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="46"/>
        <source>Tekan Selesai untuk menyimpan. Kembali ke halaman sebelumnya untuk mengubah.</source>
        <translation>Press Finish to save. Go back to a previous page to change something.</translation>
    </message>
</context>
<context>
    <name>SwimlaneView</name>
    <message>
        <location filename="../../desktop/views/swimlane_view.py" line="187"/>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/swimlane_view.py" line="188"/>
        <source>Perbesar bagan (Ctrl+roda tetikus)</source>
        <translation>Zoom in on the chart (Ctrl+mouse wheel)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/swimlane_view.py" line="189"/>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../desktop/views/swimlane_view.py" line="190"/>
        <source>Perkecil bagan (Ctrl+roda tetikus)</source>
        <translation>Zoom out of the chart (Ctrl+mouse wheel)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/swimlane_view.py" line="191"/>
        <source>Ukuran cetak (100%)</source>
        <translation>Printed size (100%)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/swimlane_view.py" line="192"/>
        <source>Tampilkan bagan seukuran hasil cetak</source>
        <translation>Show the chart at its printed size</translation>
    </message>
    <message>
        <location filename="../../desktop/views/swimlane_view.py" line="193"/>
        <source>Sesuaikan lebar</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <location filename="../../desktop/views/swimlane_view.py" line="194"/>
        <source>Tampilkan seluruh lebar bagan</source>
        <translation>Show the whole width of the chart</translation>
    </message>
</context>
<context>
    <name>SyncHub</name>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="642"/>
        <source>Sinkron: %1</source>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="674"/>
        <source>Kantor dibuat</source>
        <translation>Office created</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="676"/>
        <source>PC ini kini PC pertama kantor. Cetak kartu bergabung (menu Sinkronisasi) untuk menggabungkan PC lain. Kode bergabung:

%1</source>
        <translation>This PC is now the office&apos;s first PC. Print the join card (Sync menu) to join the other PCs. Join code:

%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="710"/>
        <source>Kartu Bergabung</source>
        <translation>Join Card</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="57"/>
        <source>baru saja</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="59"/>
        <source>%1 menit lalu</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="62"/>
        <source>%1 jam lalu</source>
        <translation>%1 h ago</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="64"/>
        <source>%1 hari lalu</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="501"/>
        <source>Sinkron: berjalan…</source>
        <translation>Sync: running…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="507"/>
        <source>Sinkron: %1/%2</source>
        <translation>Sync: %1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="517"/>
        <source>Sinkronisasi sedang berjalan di latar belakang.</source>
        <translation>Sync is running in the background.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="521"/>
        <source>Folder bersama tidak terjangkau</source>
        <translation>Shared folder unreachable</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="526"/>
        <source>Sinkron: …</source>
        <translation>Sync: …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="530"/>
        <source>Sinkron: belum tergabung</source>
        <translation>Sync: not joined</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="531"/>
        <source>PC ini belum tergabung ke kantor (menu Sinkronisasi).</source>
        <translation>This PC has not joined an office yet (Sync menu).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="534"/>
        <source>Sinkron: belum pernah</source>
        <translation>Sync: never</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="537"/>
        <source>Sinkron: %1</source>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="542"/>
        <source>Ada hal yang perlu diperhatikan; klik untuk melihat status sinkronisasi.</source>
        <translation>Something needs attention; click to see the sync status.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="544"/>
        <source>Klik untuk melihat status sinkronisasi.</source>
        <translation>Click to see the sync status.</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="579"/>
        <source>&amp;Sinkronisasi</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="580"/>
        <source>&amp;Status sinkronisasi…</source>
        <translation>Sync &amp;status…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="581"/>
        <source>Sinkronkan &amp;sekarang</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="582"/>
        <source>&amp;Buat kantor di folder bersama…</source>
        <translation>&amp;Create the office in a shared folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="583"/>
        <source>&amp;Gabung ke kantor…</source>
        <translation>&amp;Join an office…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="584"/>
        <source>Cetak &amp;kartu bergabung…</source>
        <translation>Print join &amp;card…</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="200"/>
        <source>Status sinkronisasi</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="202"/>
        <source>Kantor:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="203"/>
        <source>PC ini:</source>
        <translation>This PC:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="204"/>
        <source>Folder bersama:</source>
        <translation>Shared folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="205"/>
        <source>Sinkron terakhir:</source>
        <translation>Last sync:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="206"/>
        <source>Menunggu dikirim:</source>
        <translation>Waiting to be sent:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="207"/>
        <source>Snapshot kantor:</source>
        <translation>Office snapshot:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="211"/>
        <source>PC lain di kantor</source>
        <translation>Other PCs of the office</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="214"/>
        <source>Kode PC</source>
        <translation>PC code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="215"/>
        <source>Terakhir terlihat</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="216"/>
        <source>Belum diterimanya dari PC ini</source>
        <translation>It lacks from this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="217"/>
        <source>Belum diterima PC ini</source>
        <translation>This PC lacks</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="218"/>
        <source>Jam</source>
        <translation>Clock</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="223"/>
        <source>“Belum diterima”: peristiwa yang belum sampai ke PC tersebut pada sinkronisasi terakhirnya; menyusul dengan sendirinya pada sinkronisasi berikutnya. Angka yang tetap besar berarti PC itu lama tidak menyala atau tidak dapat membuka folder bersama.</source>
        <translation>“Lacks”: events that had not reached that PC at its last sync; they follow by themselves with the next sync. A number that stays high means that PC has been off for long or cannot open the shared folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="229"/>
        <source>Perlu diperhatikan</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="231"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="231"/>
        <source>Berkas atau peristiwa</source>
        <translation>File or event</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="231"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="233"/>
        <source>&amp;Sinkronkan sekarang</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="234"/>
        <source>Cetak &amp;kartu bergabung…</source>
        <translation>Print join &amp;card…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="235"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="251"/>
        <source>Membaca status…</source>
        <translation>Reading the status…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="265"/>
        <source>PC ini belum tergabung ke kantor. Admin: pilih Sinkronisasi → Buat kantor di folder bersama (PC pertama) atau Gabung ke kantor.</source>
        <translation>This PC has not joined an office. Admin: choose Sync → Create the office in a shared folder (first PC) or Join an office.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="292"/>
        <source>belum pernah berhasil</source>
        <translation>never succeeded</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="295"/>
        <source>%1 peristiwa dari PC ini</source>
        <translation>%1 events from this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="297"/>
        <source>tidak ada — semua sudah dikirim</source>
        <translation>none — everything has been sent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="311"/>
        <source>belum ada — PC yang baru bergabung membaca semua berkas batch; snapshot ditulis otomatis setelah cukup banyak data</source>
        <translation>none yet — a PC that joins reads every batch file; a snapshot is written automatically once there is enough data</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="319"/>
        <source>dari PC %1, %2, %3 peristiwa</source>
        <translation>from PC %1, %2, %3 events</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="332"/>
        <source>selisih %1 menit</source>
        <translation>off by %1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="334"/>
        <source>tepat</source>
        <translation>right</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="338"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="352"/>
        <source>Belum ada PC lain yang terlihat.</source>
        <translation>No other PC seen yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="360"/>
        <source>Berkas dikarantina</source>
        <translation>Quarantined file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="368"/>
        <source>&lt;b&gt;Berkas dikarantina&lt;/b&gt;: berkas dari PC lain yang tetap rusak setelah beberapa kali dicoba, atau dibuat dengan kunci kantor lain. Isinya tidak dimasukkan dan data di PC ini tidak berubah. Minta PC pengirim menyinkronkan lagi; bila berkas itu bukan dari kantor ini, keluarkan dari folder bersama.</source>
        <translation>&lt;b&gt;Quarantined file&lt;/b&gt;: a file from another PC that stayed damaged after several tries, or was made with another office&apos;s key. Its contents were not imported and the data on this PC did not change. Ask the sending PC to sync again; if the file is not from this office, remove it from the shared folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="376"/>
        <source>Peristiwa dikarantina</source>
        <translation>Quarantined event</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="380"/>
        <source>&lt;b&gt;Peristiwa dikarantina&lt;/b&gt;: sebuah peristiwa datang lagi dengan pengenal yang sama tetapi isinya berbeda. Yang sudah ada dipertahankan; yang datang disimpan terpisah untuk diperiksa petugas TI.</source>
        <translation>&lt;b&gt;Quarantined event&lt;/b&gt;: an event arrived again with the same id but different content. The existing one is kept; the arriving one is stored aside for IT staff to check.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="388"/>
        <source>Dicoba lagi</source>
        <translation>Retrying</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="396"/>
        <source>&lt;b&gt;Dicoba lagi&lt;/b&gt;: berkas yang belum lengkap (mungkin masih disalin) atau sedang dipakai program lain. Dicoba lagi otomatis; tidak perlu tindakan.</source>
        <translation>&lt;b&gt;Retrying&lt;/b&gt;: a file that is incomplete (perhaps still being copied) or in use by another program. It is retried automatically; nothing to do.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="401"/>
        <source>Jam PC</source>
        <translation>PC clock</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="405"/>
        <source>&lt;b&gt;Jam PC&lt;/b&gt;: jam PC tersebut jauh berbeda dari jam PC ini. Peristiwanya tetap diterima, tetapi tanggal dan urutannya bisa tampak janggal. Perbaiki tanggal, jam dan zona waktu PC itu.</source>
        <translation>&lt;b&gt;PC clock&lt;/b&gt;: that PC&apos;s clock is far from this PC&apos;s. Its events are still accepted, but their dates and order may look odd. Fix that PC&apos;s date, time and time zone.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="419"/>
        <source>Tidak ada masalah.</source>
        <translation>No problems.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="426"/>
        <source>%1
Pekerjaan tetap berjalan dan tersimpan di PC ini; sinkronisasi berikutnya akan mengejar.</source>
        <translation>%1
Work goes on and is saved on this PC; the next sync will catch up.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="441"/>
        <source>Menyinkronkan…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_panel.py" line="448"/>
        <source>Mengambil berkas %1 dari %2: %3</source>
        <translation>Fetching file %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <location filename="../../desktop/views/sync_worker.py" line="67"/>
        <source>Sinkronisasi gagal (%1). Data di PC ini tetap aman; rincian tercatat di berkas log, laporkan kepada pengelola aplikasi.</source>
        <translation>Sync failed (%1). The data on this PC is safe; details are in the log file, report it to the app&apos;s maintainer.</translation>
    </message>
</context>
<context>
    <name>TembusanList</name>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="82"/>
        <source>Penerima tembusan</source>
        <translation>Copy recipient</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="89"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="90"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="91"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="92"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_editor.py" line="93"/>
        <source>Klik ganda atau F2 untuk mengubah nama penerima</source>
        <translation>Double-click or F2 to change a recipient&apos;s name</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="100"/>
        <source>Atur ulang PIN — %1</source>
        <translation>Reset PIN — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="103"/>
        <source>Pengguna baru</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="103"/>
        <source>Ubah pengguna</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="104"/>
        <source>&amp;Nama lengkap *</source>
        <translation>Full &amp;name *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="105"/>
        <source>N&amp;IP</source>
        <translation>N&amp;IP</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="106"/>
        <source>&amp;Jabatan</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="107"/>
        <source>Pang&amp;kat/golongan</source>
        <translation>Ran&amp;k/grade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="108"/>
        <source>&amp;Peran *</source>
        <translation>R&amp;ole *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="116"/>
        <source>P&amp;IN baru *</source>
        <translation>New P&amp;IN *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="116"/>
        <source>P&amp;IN *</source>
        <translation>P&amp;IN *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="118"/>
        <source>&amp;Ulangi PIN *</source>
        <translation>&amp;Repeat PIN *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="123"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="126"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="148"/>
        <source>Peran Anda sendiri tidak dapat diubah di sini.</source>
        <translation>You cannot change your own role here.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="182"/>
        <source>PIN tidak sama; ketik ulang PIN yang sama.</source>
        <translation>The PINs differ; type the same PIN again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="186"/>
        <source>Ketik PIN baru.</source>
        <translation>Type the new PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="196"/>
        <source>Tidak dapat disimpan</source>
        <translation>Cannot be saved</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="227"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="231"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="232"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="233"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="234"/>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="235"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="236"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="246"/>
        <source>&amp;Tambah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="247"/>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="248"/>
        <source>Atur ulang &amp;PIN…</source>
        <translation>Reset &amp;PIN…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="249"/>
        <location filename="../../desktop/views/users_dialog.py" line="304"/>
        <location filename="../../desktop/views/users_dialog.py" line="364"/>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="250"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="276"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="276"/>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="304"/>
        <source>&amp;Aktifkan</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="308"/>
        <source>Anda tidak dapat menonaktifkan diri sendiri.</source>
        <translation>You cannot deactivate yourself.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="352"/>
        <source>Tidak dapat disimpan</source>
        <translation>Cannot be saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="359"/>
        <source>Nonaktifkan pengguna?</source>
        <translation>Deactivate user?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="361"/>
        <source>%1 tidak dapat masuk lagi sampai diaktifkan kembali. Catatan yang pernah dibuatnya tetap tersimpan atas namanya.</source>
        <translation>%1 can no longer sign in until activated again. Everything they recorded stays under their name.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="365"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_OfficeDialog</name>
    <message>
        <source>Batal</source>
        <translation type="obsolete">Cancel</translation>
    </message>
</context>
</TS>
