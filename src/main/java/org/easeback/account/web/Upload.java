package org.easeback.account.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * The account page's import form.
 *
 * @param file the file exported by EaseBack, or null when the form sent none
 */
record Upload(MultipartFile file) {

}
