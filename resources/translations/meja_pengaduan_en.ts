<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/views/app.py" line="65"/>
        <source>Berkas SOP tidak dapat dipakai</source>
        <translation>SOP file cannot be used</translation>
    </message>
    <message>
        <location filename="../../desktop/views/app.py" line="66"/>
        <source>%1 berkas SOP tambahan tidak dapat dimuat dan dilewati; SOP lainnya tetap ditampilkan. Perbaiki berkas pada baris yang disebut lalu buka ulang aplikasi.

%2</source>
        <translation>%1 extra SOP file(s) could not be loaded and were skipped; the other SOPs are still shown. Fix the file at the line mentioned, then reopen the application.

%2</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="126"/>
        <location filename="../../desktop/views/main_window.py" line="275"/>
        <source>Daftar Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="128"/>
        <source>Segera hadir: pencatatan pengaduan. Pada versi berikutnya Anda dapat mencatat pengaduan dari semua saluran dan melihat posisinya pada alur SOP.</source>
        <translation>Coming soon: complaint registration. In the next version you can register complaints from every channel and see where each one stands on the SOP flow.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="137"/>
        <location filename="../../desktop/views/main_window.py" line="276"/>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="139"/>
        <source>Segera hadir: dasbor tenggat. Pada versi berikutnya Anda dapat melihat pengaduan yang jatuh tempo dan yang terlambat.</source>
        <translation>Coming soon: the deadline dashboard. In the next version you can see which complaints are due and which are overdue.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="260"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="261"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="262"/>
        <source>B&amp;ahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="263"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="264"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="265"/>
        <source>Identitas SOP</source>
        <translation>SOP identity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="267"/>
        <source>Nomor, tanggal, pengesahan dan dasar hukum SOP ini</source>
        <translation>Number, dates, approval and legal basis of this SOP</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="269"/>
        <source>&amp;Tentang Meja Pengaduan</source>
        <translation>&amp;About Meja Pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="270"/>
        <source>Bilah alat</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="271"/>
        <source>SOP:</source>
        <translation>SOP:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="272"/>
        <source>Pilih SOP yang ditampilkan</source>
        <translation>Choose the SOP to show</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="274"/>
        <source>Alur SOP</source>
        <translation>SOP flow</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="281"/>
        <source>Segera hadir pada versi berikutnya</source>
        <translation>Coming in the next version</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="336"/>
        <source>Bagan tidak dapat digambar</source>
        <translation>Chart cannot be drawn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="338"/>
        <source>Bagan SOP “%1” tidak dapat digambar (%2). Rincian tercatat di berkas log; laporkan kepada pengelola aplikasi.</source>
        <translation>The chart of SOP “%1” cannot be drawn (%2). Details are in the log file; please report this to the application maintainer.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="365"/>
        <source>Tentang Meja Pengaduan</source>
        <translation>About Meja Pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="368"/>
        <source>Versi %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="370"/>
        <source>Penanganan pengaduan masyarakat sesuai SOP kantor (Permenpan RB 35/2012), tanpa internet.</source>
        <translation>Handling public complaints by the office SOP (Permenpan RB 35/2012), without internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="403"/>
        <source>Belum ada SOP yang dimuat.</source>
        <translation>No SOP loaded yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="406"/>
        <source>%1 — %2 langkah, %3 pelaksana</source>
        <translation>%1 — %2 steps, %3 actors</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="411"/>
        <source>Folder data: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="415"/>
        <source>Perbesaran (100% = ukuran cetak)</source>
        <translation>Zoom (100% = printed size)</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="20"/>
        <source>Kapsul (mulai/selesai)</source>
        <translation>Capsule (start/end)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="21"/>
        <source>Persegi panjang (proses)</source>
        <translation>Rectangle (process)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="22"/>
        <source>Belah ketupat (keputusan)</source>
        <translation>Diamond (decision)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="23"/>
        <source>Segitiga terbalik (arsip)</source>
        <translation>Inverted triangle (archive)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="24"/>
        <source>Segi lima (penghubung antarhalaman)</source>
        <translation>Pentagon (off-page connector)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="33"/>
        <source>Lembar Disposisi</source>
        <translation>Disposition sheet (Lembar Disposisi)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="34"/>
        <source>Tanda terima untuk pelapor</source>
        <translation>Receipt for the complainant</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="37"/>
        <source>Surat dinas</source>
        <translation>Official letter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="38"/>
        <source>Tembusan</source>
        <translation>Copies (tembusan)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="39"/>
        <source>Label arsip</source>
        <translation>Archive label</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="110"/>
        <source>Rincian langkah</source>
        <translation>Step details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="113"/>
        <source>Klik sebuah langkah pada bagan untuk melihat rinciannya.</source>
        <translation>Click a step in the chart to see its details.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="118"/>
        <source>Langkah %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="120"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="121"/>
        <source>Pelaksana</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="122"/>
        <source>Simbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="123"/>
        <source>Kelengkapan</source>
        <translation>Required inputs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="124"/>
        <source>Waktu</source>
        <translation>Time standard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="125"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="126"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="127"/>
        <source>Langkah berikutnya</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="128"/>
        <source>Dokumen yang tersedia</source>
        <translation>Documents available</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="139"/>
        <source>tidak disebutkan</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="146"/>
        <source>Juga melibatkan: %1</source>
        <translation>Also involves: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="153"/>
        <source>tidak ditetapkan dalam SOP</source>
        <translation>not set in the SOP</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="158"/>
        <source>(dibaca sebagai %1)</source>
        <translation>(read as %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="163"/>
        <source>Alur selesai di langkah ini.</source>
        <translation>The flow ends at this step.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/step_panel.py" line="180"/>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>SwimlaneView</name>
    <message>
        <location filename="../../desktop/views/swimlane_view.py" line="184"/>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/swimlane_view.py" line="185"/>
        <source>Perbesar bagan (Ctrl+roda tetikus)</source>
        <translation>Zoom in on the chart (Ctrl+mouse wheel)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/swimlane_view.py" line="186"/>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../desktop/views/swimlane_view.py" line="187"/>
        <source>Perkecil bagan (Ctrl+roda tetikus)</source>
        <translation>Zoom out of the chart (Ctrl+mouse wheel)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/swimlane_view.py" line="188"/>
        <source>Ukuran cetak (100%)</source>
        <translation>Printed size (100%)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/swimlane_view.py" line="189"/>
        <source>Tampilkan bagan seukuran hasil cetak</source>
        <translation>Show the chart at its printed size</translation>
    </message>
    <message>
        <location filename="../../desktop/views/swimlane_view.py" line="190"/>
        <source>Sesuaikan lebar</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <location filename="../../desktop/views/swimlane_view.py" line="191"/>
        <source>Tampilkan seluruh lebar bagan</source>
        <translation>Show the whole width of the chart</translation>
    </message>
</context>
</TS>
