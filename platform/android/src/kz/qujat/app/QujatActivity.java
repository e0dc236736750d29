// Qujat's Android activity: Qt's activity plus receiving files that other
// apps open with Qujat (VIEW and SEND intents) and sharing files out.
//
// NOTE: written from Android's and Qt's documentation; never compiled here,
// because this machine has no Android SDK.
package kz.qujat.app;

import android.content.ContentResolver;
import android.content.Context;
import android.content.Intent;
import android.database.Cursor;
import android.net.Uri;
import android.os.Bundle;
import android.provider.OpenableColumns;
import android.util.Log;
import android.view.WindowManager;

import androidx.core.content.FileProvider;

import org.qtproject.qt.android.bindings.QtActivity;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class QujatActivity extends QtActivity
{
    private static final String TAG = "Qujat";
    // Larger files are not bundles a teacher hands in; reading stops there.
    private static final long MAX_RECEIVED_BYTES = 2L * 1024 * 1024 * 1024;
    private static final int BUFFER_BYTES = 64 * 1024;

    // Files copied before the native side was ready, delivered by takePendingFiles().
    private static final List<String> sPendingFiles = new ArrayList<>();
    private static boolean sNativeReady = false;

    // One thread copies received files, so a large file never blocks the UI.
    private final ExecutorService mCopyThread = Executors.newSingleThreadExecutor();

    // Implemented in platform/android/androidplatform.cpp.
    private static native void nativeFileReceived(String path);
    private static native void nativeFileRejected(String name, String reason);

    @Override
    public void onCreate(Bundle savedInstanceState)
    {
        super.onCreate(savedInstanceState);
        handleIntent(getIntent());
    }

    @Override
    protected void onNewIntent(Intent intent)
    {
        super.onNewIntent(intent);
        setIntent(intent);
        handleIntent(intent);
    }

    @Override
    protected void onDestroy()
    {
        mCopyThread.shutdown();
        super.onDestroy();
    }

    private void handleIntent(Intent intent)
    {
        if (intent == null)
            return;
        Uri uri = null;
        if (Intent.ACTION_VIEW.equals(intent.getAction()))
            uri = intent.getData();
        else if (Intent.ACTION_SEND.equals(intent.getAction()))
            uri = intent.getParcelableExtra(Intent.EXTRA_STREAM);
        if (uri == null)
            return;
        final Uri source = uri;
        final Context context = getApplicationContext();
        // The read grant of a content:// URI lasts while this activity
        // lives, so the copy starts now and does not wait for the app.
        mCopyThread.execute(() -> receive(context, source));
    }

    // Copies the stream to files/inbox in full, checks its size and SHA-256,
    // and hands the copy's path to the native side. A failed copy leaves
    // nothing behind.
    private static void receive(Context context, Uri uri)
    {
        final ContentResolver resolver = context.getContentResolver();
        String name = "received.qujat";
        long declaredSize = -1;
        try (Cursor cursor = resolver.query(uri, new String[] {OpenableColumns.DISPLAY_NAME, OpenableColumns.SIZE},
                                            null, null, null)) {
            if (cursor != null && cursor.moveToFirst()) {
                int nameColumn = cursor.getColumnIndex(OpenableColumns.DISPLAY_NAME);
                int sizeColumn = cursor.getColumnIndex(OpenableColumns.SIZE);
                if (nameColumn >= 0 && !cursor.isNull(nameColumn))
                    name = safeFileName(cursor.getString(nameColumn));
                if (sizeColumn >= 0 && !cursor.isNull(sizeColumn))
                    declaredSize = cursor.getLong(sizeColumn);
            }
        } catch (RuntimeException e) {
            // file:// URIs and some providers return no row; the copy still works.
            Log.w(TAG, "No name or size for " + uri + ": " + e);
        }

        File inbox = new File(context.getFilesDir(), "inbox");
        if (!inbox.isDirectory() && !inbox.mkdirs()) {
            reject(name, "cannot create " + inbox);
            return;
        }
        File partial = null;
        try {
            partial = File.createTempFile("receiving-", ".part", inbox);
            MessageDigest streamDigest = MessageDigest.getInstance("SHA-256");
            long copied = 0;
            try (InputStream in = resolver.openInputStream(uri);
                 FileOutputStream out = new FileOutputStream(partial)) {
                if (in == null)
                    throw new IOException("the provider returned no stream");
                byte[] buffer = new byte[BUFFER_BYTES];
                int count;
                // Read to the end of the stream: available() and the declared
                // size are hints only.
                while ((count = in.read(buffer)) != -1) {
                    copied += count;
                    if (copied > MAX_RECEIVED_BYTES)
                        throw new IOException("the file is larger than " + MAX_RECEIVED_BYTES + " bytes");
                    streamDigest.update(buffer, 0, count);
                    out.write(buffer, 0, count);
                }
                out.getFD().sync();
            }
            if (declaredSize >= 0 && copied != declaredSize)
                throw new IOException("received " + copied + " bytes, the sender declared " + declaredSize);
            if (partial.length() != copied)
                throw new IOException("wrote " + partial.length() + " bytes of " + copied);
            // Read the copy back: its checksum must equal the stream's.
            byte[] expected = streamDigest.digest();
            byte[] actual = sha256(partial);
            if (!MessageDigest.isEqual(expected, actual))
                throw new IOException("the copy's SHA-256 differs from the received stream's");

            File target = uniqueFile(inbox, name);
            if (!partial.renameTo(target))
                throw new IOException("cannot rename the copy to " + target);
            partial = null;
            Log.i(TAG, "Received " + uri + " as " + target + " (" + copied + " bytes)");
            deliver(target.getAbsolutePath());
        } catch (IOException | RuntimeException | NoSuchAlgorithmException e) {
            // RuntimeException covers SecurityException (grant revoked) and a
            // provider's IllegalArgumentException or IllegalStateException.
            Log.e(TAG, "Could not receive " + uri + ": " + e);
            reject(name, e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            if (partial != null && partial.exists() && !partial.delete())
                Log.w(TAG, "Could not delete " + partial);
        }
    }

    private static byte[] sha256(File file) throws IOException, NoSuchAlgorithmException
    {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new FileInputStream(file)) {
            byte[] buffer = new byte[BUFFER_BYTES];
            int count;
            while ((count = in.read(buffer)) != -1)
                digest.update(buffer, 0, count);
        }
        return digest.digest();
    }

    // Keeps letters, digits, dot, dash, underscore and space; a sender
    // controls DISPLAY_NAME, so path separators must never pass.
    private static String safeFileName(String name)
    {
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < name.length() && safe.length() < 120; ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == ' ')
                safe.appendCodePoint(c);
            else
                safe.append('_');
        }
        String result = safe.toString().trim();
        if (result.isEmpty() || result.startsWith("."))
            result = "received" + result;
        return result;
    }

    private static File uniqueFile(File folder, String name)
    {
        File file = new File(folder, name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String suffix = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; file.exists(); ++n)
            file = new File(folder, stem + " (" + n + ")" + suffix);
        return file;
    }

    private static void deliver(String path)
    {
        synchronized (sPendingFiles) {
            if (!sNativeReady) {
                sPendingFiles.add(path);
                return;
            }
        }
        nativeFileReceived(path);
    }

    private static void reject(String name, String reason)
    {
        synchronized (sPendingFiles) {
            if (!sNativeReady)
                return; // Logged above; the app was not ready to show it.
        }
        nativeFileRejected(name, reason);
    }

    // Called once by the native side when its receiver exists. Returns the
    // files copied before then; later files go to nativeFileReceived().
    public static String[] takePendingFiles()
    {
        synchronized (sPendingFiles) {
            sNativeReady = true;
            String[] files = sPendingFiles.toArray(new String[0]);
            sPendingFiles.clear();
            return files;
        }
    }

    // Offers a file to other apps (messengers, mail, Drive) through the
    // share sheet. Files outside the FileProvider's folders are rejected.
    public static boolean shareFile(Context context, String path, String mimeType, String title)
    {
        try {
            Uri uri = FileProvider.getUriForFile(context, context.getPackageName() + ".fileprovider", new File(path));
            Intent send = new Intent(Intent.ACTION_SEND);
            send.setType(mimeType);
            send.putExtra(Intent.EXTRA_STREAM, uri);
            send.addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION);
            Intent chooser = Intent.createChooser(send, title);
            chooser.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK | Intent.FLAG_GRANT_READ_URI_PERMISSION);
            context.startActivity(chooser);
            return true;
        } catch (IllegalArgumentException | android.content.ActivityNotFoundException e) {
            Log.e(TAG, "Could not share " + path + ": " + e);
            return false;
        }
    }

    // Opens a stored document in another app's viewer.
    public static boolean viewFile(Context context, String path, String mimeType)
    {
        try {
            Uri uri = FileProvider.getUriForFile(context, context.getPackageName() + ".fileprovider", new File(path));
            Intent view = new Intent(Intent.ACTION_VIEW);
            view.setDataAndType(uri, mimeType);
            view.addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION | Intent.FLAG_ACTIVITY_NEW_TASK);
            context.startActivity(view);
            return true;
        } catch (IllegalArgumentException | android.content.ActivityNotFoundException e) {
            Log.e(TAG, "Could not open " + path + ": " + e);
            return false;
        }
    }

    // FLAG_KEEP_SCREEN_ON while presenting; window flags change on the UI thread.
    public static void setKeepScreenOn(final android.app.Activity activity, final boolean on)
    {
        activity.runOnUiThread(() -> {
            if (on)
                activity.getWindow().addFlags(WindowManager.LayoutParams.FLAG_KEEP_SCREEN_ON);
            else
                activity.getWindow().clearFlags(WindowManager.LayoutParams.FLAG_KEEP_SCREEN_ON);
        });
    }
}
